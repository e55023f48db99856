// Actor values for dictionary entries, as of a date.
import type { Actor, IsoDate } from '../types.js';
import { orgCode, resolveRole, type CountryRecord, type Dictionary, type OrgRecord, type PersonRecord } from './dictionary.js';

export function countryActor(c: CountryRecord): Actor {
  return { code: c.code, country: c.iso, name: c.name, kind: 'country', entity: `country:${c.iso}` };
}

/** A country's agent: `RUS` + `MIL` → `RUSMIL` (the Kremlin, Russian troops, the regime in Tehran). */
export function agentActor(c: CountryRecord, agent: string): Actor {
  return withAgent(countryActor(c), agent);
}

/**
 * An actor with an agent: the agent's code after the actor's (`ARN` + `MIL` → `ARNMIL`); a PETRARCH prefix agent is
 * written `NGO~` and goes before it (→ `NGOARN`); `NGO~GOV` puts parts on both sides (→ `NGOARNGOV`).
 */
export function withAgent(base: Actor, agent: string): Actor {
  const t = agent.indexOf('~');
  // A three-letter part the code already has is not repeated (`USAGOV` + `GOV` → `USAGOV`), as in PETRARCH.
  const have = new Set(base.code.match(/[A-Z]{3}/g) ?? []);
  const fresh = (x: string) => (x.match(/.{1,3}/g) ?? []).filter((c) => !have.has(c)).join('');
  const code = t < 0 ? base.code + fresh(agent) : fresh(agent.slice(0, t)) + base.code + fresh(agent.slice(t + 1));
  return { code, country: base.country, name: base.name, kind: 'agent', entity: `${base.entity ?? base.code}/${agent}` };
}

/** A metonym with its own code (`Kremlin` → `RUSGOV`, `Pentagon` → `USAMIL`, `Soviet Union` → `SUN`). */
export function metonymActor(c: CountryRecord, code: string): Actor {
  const agent = code.startsWith(c.code) ? code.slice(c.code.length) : '';
  if (!agent) return { code, country: c.iso, name: c.name, kind: 'country', entity: `country:${c.iso}` };
  return { code, country: c.iso, name: c.name, kind: 'agent', entity: `country:${c.iso}/${agent}` };
}

export function orgActor(o: OrgRecord, date: IsoDate): Actor {
  const code = orgCode(o, date);
  // Entries of a user's PETRARCH dictionary take their country from the code in force (USR before 1991, RUS after).
  const country = o.compose && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : o.country || null;
  return { code, country, name: o.name, kind: o.kind, entity: `org:${o.id}` };
}

export function personActor(p: PersonRecord, date: IsoDate, d: Dictionary): Actor {
  const r = resolveRole(p, date, d);
  return { code: r.code, country: r.country, name: p.name, kind: 'person', entity: `person:${p.id}` };
}

/** The person record behind a person actor, if any. */
export function personOf(a: Actor, d: Dictionary): PersonRecord | null {
  if (a.kind !== 'person' || !a.entity?.startsWith('person:')) return null;
  const i = d.personIndex(a.entity.slice('person:'.length));
  return i === undefined ? null : d.person(i);
}
