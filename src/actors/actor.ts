// Actor values for dictionary entries, as of a date.
import type { Actor, IsoDate } from '../types.js';
import { orgCode, resolveRole, type CountryRecord, type Dictionary, type OrgRecord, type PersonRecord } from './dictionary.js';

export function countryActor(c: CountryRecord): Actor {
  return { code: c.code, country: c.iso, name: c.name, kind: 'country', entity: `country:${c.iso}` };
}

/** A country's agent: `RUS` + `MIL` → `RUSMIL` (the Kremlin, Russian troops, the regime in Tehran). */
export function agentActor(c: CountryRecord, agent: string): Actor {
  return { code: c.code + agent, country: c.iso, name: c.name, kind: 'agent', entity: `country:${c.iso}/${agent}` };
}

/** A metonym with its own code (`Kremlin` → `RUSGOV`, `Pentagon` → `USAMIL`, `Soviet Union` → `SUN`). */
export function metonymActor(c: CountryRecord, code: string): Actor {
  const agent = code.startsWith(c.code) ? code.slice(c.code.length) : '';
  if (!agent) return { code, country: c.iso, name: c.name, kind: 'country', entity: `country:${c.iso}` };
  return { code, country: c.iso, name: c.name, kind: 'agent', entity: `country:${c.iso}/${agent}` };
}

export function orgActor(o: OrgRecord, date: IsoDate): Actor {
  return { code: orgCode(o, date), country: o.country, name: o.name, kind: o.kind, entity: `org:${o.id}` };
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
