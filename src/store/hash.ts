// The identity of an article's content: the same body text read twice (from two feeds, with different
// whitespace) hashes the same, so it is stored once.
import { createHash } from 'node:crypto';

/** Body text as hashed: Unicode NFKC, every run of whitespace one space, trimmed. */
export function normaliseBody(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalised body text: `articles.content_hash`. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseBody(text), 'utf8').digest('hex');
}
