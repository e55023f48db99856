// The SQLite store of coded articles and events. Only cli/ and serve/ import it.
export {
  dateBound, openStore, type EventQuery, type FetchState, type InputRecord, type NearDuplicate, type OutcomeRow,
  type PriorOutcome, type SaveExtra, type SaveResult, type Store, type StoreCounts, type StoreOptions,
} from './store.js';
export { contentHash, normaliseBody } from './hash.js';
export { toCodedEvent, toContractEvent, type EventRow } from './rows.js';
export type { ContractEvent } from '../contract.js';
export { ARTICLE_STATUSES, migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion, type ArticleStatus } from './schema.js';
