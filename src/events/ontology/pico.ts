// PETRARCH's internal coding ontology (PICO): each CAMEO code as a number, with negation as subtracting 0xFFFF
// (`110` disapprove = 0xFFFF + 0x0080, so "did not disapprove" is 0x0080 = `050`). dyad uses it for one thing:
// the code a negated act takes under PETRARCH's conventions (`--petrarch`). The table is built from the PICO file
// by scripts/build-ontology.ts into data/ontology/petrarch-negation.tsv.
import { readFileSync } from 'node:fs';

const NEGATE = 0xffff;

/** Reads `CODE:EXPR#comment` lines (EXPR: hex numbers joined by + and -) into code → value. */
export function parsePico(text: string, file = 'PICO'): Map<string, number> {
  const out = new Map<string, number>();
  text.split('\n').forEach((raw, k) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\d{2,4}):([^#]*)/.exec(line);
    if (!m) return; // `---:0` and the like: not a code
    const expr = m[2].replace(/\s+/g, '');
    if (!/^[-+]?0x[0-9a-f]+([-+]0x[0-9a-f]+)*$/i.test(expr)) throw new Error(`${file}:${k + 1}: cannot read the value '${m[2].trim()}'`);
    let value = 0;
    for (const t of expr.match(/[-+]?0x[0-9a-f]+/gi) ?? []) value += t.startsWith('-') ? -parseInt(t.slice(1), 16) : parseInt(t.replace(/^\+/, ''), 16);
    if (!out.has(m[1])) out.set(m[1], value);
  });
  return out;
}

/** code → the code of its negation, where PICO has one (the first code listed with that value). */
export function negationTable(values: Map<string, number>): [string, string][] {
  const byValue = new Map<number, string>();
  for (const [code, v] of values) if (!byValue.has(v)) byValue.set(v, code);
  const out: [string, string][] = [];
  for (const [code, v] of values) {
    const neg = byValue.get(v - NEGATE);
    if (neg && neg !== code) out.push([code, neg]);
  }
  return out;
}

export function formatNegationTsv(rows: [string, string][]): string {
  return `code\tnegated\n${rows.map(([a, b]) => `${a}\t${b}`).join('\n')}\n`;
}

let table: Map<string, string> | null = null;

/** The code PETRARCH gives a negated act (`110` → `050`), or null when it has none. */
export function petrarchNegation(code: string): string | null {
  if (!table) {
    table = new Map();
    const text = readFileSync(new URL('../../../../data/ontology/petrarch-negation.tsv', import.meta.url), 'utf8');
    for (const line of text.split('\n').slice(1)) {
      const [a, b] = line.split('\t');
      if (a && b) table.set(a, b);
    }
  }
  return table.get(code) ?? null;
}
