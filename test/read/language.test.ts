import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/read/language.js';

const SAMPLES: Record<string, string> = {
  fr: "Le président de la République a annoncé mardi soir une réforme des retraites qui reporte l'âge légal de départ. Les syndicats ont appelé à une grève générale dans les transports et les écoles.",
  de: 'Der Bundeskanzler hat sich am Montag in Berlin mit dem französischen Präsidenten getroffen, um über die Lage in der Ukraine und neue Sanktionen gegen Russland zu sprechen.',
  es: 'El gobierno español anunció el martes nuevas sanciones contra Rusia por la invasión de Ucrania, y el ministro de Exteriores pidió a la Unión Europea una respuesta común.',
  it: 'Il presidente del Consiglio ha incontrato ieri a Roma i rappresentanti dei sindacati per discutere della riforma delle pensioni e del nuovo contratto nazionale.',
  pt: 'O governo brasileiro anunciou nesta terça-feira um novo pacote de medidas econômicas para conter a inflação e estimular o crescimento nos próximos meses.',
  nl: 'De minister-president heeft dinsdag in Den Haag gesproken met de leiders van de oppositiepartijen over de begroting voor het komende jaar en de stikstofcrisis.',
  ru: 'Министр иностранных дел России заявил во вторник, что Москва готова к переговорам с Киевом при условии признания новых территориальных реалий.',
};

test('English news is English, even full of foreign names (tinyld alone calls this one Polish)', () => {
  assert.equal(detectLanguage('An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a charity event in Gdańsk.').lang, 'en');
  assert.equal(detectLanguage('Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant, which it has held since March.').lang, 'en');
});

test('other languages are named', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) assert.equal(detectLanguage(text).lang, lang, text);
});

test('too short or too mixed to tell: no language (coded as English)', () => {
  assert.equal(detectLanguage('Talks in Oslo.').lang, null);
  assert.equal(detectLanguage('').lang, null);
  assert.equal(detectLanguage('Nuestras acciones estarán dirigidas a ese fin.').lang, null);
});
