import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeHtml, normaliseDate, onlyArticleMarkup, readHtml } from '../../src/read/html.js';
import { blockText, domDepth, markupDepth, parseHtmlDocument, stripMarkup } from '../../src/read/dom.js';

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Envoys meet in Oslo | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="description" content="Two envoys met.">
<link rel="canonical" href="https://news.example/oslo">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
{"@type":"NewsArticle","headline":"Envoys meet in Oslo","datePublished":"2024-03-03T08:21:00+01:00","publisher":{"@type":"Organization","name":"Example News Ltd"}}]}</script>
<script>var ad = "<p>Buy now</p>";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys meet in Oslo</h1><p class="dateline">Sunday, March 3, 2024</p>
<p>The envoys of two neighbouring states met in Oslo on Sunday,<br>officials said.</p>
<figure><img src="a.jpg"><figcaption>The envoys before the talks. Photo: Reuters</figcaption></figure>
<p>They agreed to meet again in April, and to <b>exchange</b> prisoners.</p>
<ul><li>First point of the agreement, signed by both sides.</li><li>Second point, on the border crossings.</li></ul>
</article><footer><p>© Example News</p></footer></body></html>`;

test('a page: metadata from JSON-LD and meta tags, paragraphs kept, captions and dateline set apart', () => {
  const r = readHtml(PAGE, { id: 'oslo', origin: 'oslo.html' });
  assert.ok('article' in r, JSON.stringify(r));
  assert.equal(r.lang, 'en-gb');
  assert.deepEqual(r.article, {
    id: 'oslo',
    title: 'Envoys meet in Oslo',
    dek: 'Two envoys met.',
    published: '2024-03-03T08:21:00',
    source: 'Example News Ltd',
    url: 'https://news.example/oslo',
    paragraphs: [
      'The envoys of two neighbouring states met in Oslo on Sunday, officials said.',
      'They agreed to meet again in April, and to exchange prisoners.',
      'First point of the agreement, signed by both sides.',
      'Second point, on the border crossings.',
    ],
    caption: 'The envoys before the talks. Photo: Reuters',
    origin: 'oslo.html',
  });
});

test('a page without an article element is read by Readability alone; a page without text gives the reason', () => {
  const body = '<p>The envoys of two neighbouring states met in Oslo on Sunday, officials said, in the first talks for a decade.</p>'.repeat(4);
  const r = readHtml(`<html><head><title>Talks</title></head><body><div id="menu"><a href="/">Home</a></div><div class="content">${body}</div></body></html>`, { id: 'x' });
  assert.ok('article' in r);
  assert.equal(r.article.paragraphs.length, 4);
  assert.deepEqual(readHtml('<html><body><nav></nav></body></html>', { id: 'x' }), { cause: 'no article text found in the page' });
});

test('hostile pages are refused by name before they cost time', () => {
  const deep = `<html><body>${'<div>'.repeat(5000)}text</body></html>`;
  assert.match((readHtml(deep, { id: 'x' }) as { cause: string }).cause, /^HTML nested too deeply/);
  assert.equal(markupDepth('<div><p>a<p>b<br><img src=x></div><div/>'), 1);
  assert.equal(markupDepth('<a><b><c/></b></a>', true), 2);
  assert.equal(domDepth(parseHtmlDocument('<html><body><div><div><span>x</span></div></div></body></html>').documentElement!), 4);
});

test('stripMarkup: scripts, styles, comments out by scanning; JSON-LD kept; a page cut inside a script ends there', () => {
  const s = stripMarkup('<p>a</p><!-- x --><script type="application/ld+json">{"a":1}</script><SCRIPT>x<y</SCRIPT><p>b</p><style>p{}</style><p>c');
  assert.equal(s.html, '<p>a</p><p>b</p><p>c');
  assert.deepEqual(s.jsonLd, ['{"a":1}']);
  assert.equal(stripMarkup('<p>a</p><script>never closed').html, '<p>a</p>');
  assert.equal(stripMarkup('<p>a</p><!-- never closed').html, '<p>a</p>');
});

test('onlyArticleMarkup: the head and the one article; untouched with none or several', () => {
  assert.equal(onlyArticleMarkup('<html><head><title>t</title></head><body><nav>n</nav><article>a</article><aside>s</aside></body></html>'), '<html><head><title>t</title></head><body><article>a</article></body></html>');
  const two = '<body><article>a</article><article>b</article></body>';
  assert.equal(onlyArticleMarkup(two), two);
  assert.equal(onlyArticleMarkup('<body><articles>x</articles></body>'), '<body><articles>x</articles></body>');
});

test('blockText: blocks and double breaks make paragraphs; headings out; table cells spaced', () => {
  const doc = parseHtmlDocument('<html><body><h2>Sub</h2><div>one<br><br>two <i>more</i></div><table><tr><td>a</td><td>b</td></tr></table><pre>x   y</pre></body></html>');
  assert.deepEqual(blockText(doc.body!), { paragraphs: ['one', 'two more', 'a b', 'x y'], captions: [] });
});

test('dates as pages and feeds give them', () => {
  assert.equal(normaliseDate('2024-03-03'), '2024-03-03');
  assert.equal(normaliseDate('2024-03-03T08:21:05Z'), '2024-03-03T08:21:05');
  assert.equal(normaliseDate('Fri, 04 Jan 2019 10:00:00 GMT'), '2019-01-04T10:00:00');
  assert.equal(normaliseDate('January 4, 2019'), '2019-01-04');
  assert.equal(normaliseDate('2024-02-30'), undefined);
  assert.equal(normaliseDate('yesterday'), undefined);
  assert.equal(normaliseDate('9'.repeat(1000)), undefined);
});

test('looksLikeHtml: a tag or doctype first', () => {
  assert.ok(looksLikeHtml('\ufeff  <!DOCTYPE html><html>'));
  assert.ok(looksLikeHtml('<div class="x">'));
  assert.ok(!looksLikeHtml('Plain text <b>with</b> a tag'));
  assert.ok(!looksLikeHtml('<rss version="2.0">'));
});

test('a page in a declared 8-bit charset (ISO-8859-2, Windows-1252) is decoded by it', async () => {
  const { readBytes } = await import('../../src/read/input.js');
  const paragraphs = (bytes: Buffer) => [...readBytes(bytes, { name: 'p.html' })].map((r) => ('article' in r ? r.article.paragraphs : r.error.cause));
  const latin2 = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-2"></head><body><article><p>Prezydent Gda'), Buffer.from([0xf1]),
    Buffer.from('ska spotka'), Buffer.from([0xb3]), Buffer.from(' ministra.</p></article></body></html>'),
  ]);
  assert.deepEqual(paragraphs(latin2), [['Prezydent Gdańska spotkał ministra.']]);
  const cp1252 = Buffer.concat([
    Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><p>He said '),
    Buffer.from([0x93]), Buffer.from('no'), Buffer.from([0x94]), Buffer.from(' to the caf'), Buffer.from([0xe9]), Buffer.from(' plan.</p></article></body></html>'),
  ]);
  assert.deepEqual(paragraphs(cp1252), [['He said “no” to the café plan.']]);
});
