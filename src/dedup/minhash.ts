// Near-duplicate stories: MinHash signatures over word shingles, and LSH banding to find the candidates.
//
// A story is the set of its word 5-shingles (five consecutive words, lower-cased, letters and digits only). Two
// stories' Jaccard similarity |A∩B| / |A∪B| is estimated by the share of equal positions in their MinHash
// signatures (128 minimum hashes, by one-permutation hashing: one hash per shingle). Banding cuts a signature into 32 bands of 4: two stories that agree
// on every value of one band become candidates — with probability 1 − (1 − J⁴)³², so 0.999 at J = 0.7 and 0.87 at
// J = 0.5, and only 0.02 at J = 0.2 — and each candidate is then checked on the whole signature.
//
// A story is a duplicate of an earlier one when their estimated Jaccard similarity is at least 0.7 (a syndicated
// copy with a different header and footer), or when at least 0.9 of the smaller story's shingles are in the other
// and the Jaccard similarity is at least 0.5 (an update that adds a paragraph to a short story). Written here
// (about a hundred lines) because the npm packages for it are unmaintained or wrong.

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Minimum hashes per signature. */
export const NUM_HASHES = 128;
/** LSH bands, and rows (hash values) per band: BANDS × ROWS = NUM_HASHES. */
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;
/** Stories with fewer shingles than this are only compared exactly (a near-duplicate test means little on them). */
export const MIN_SHINGLES = 8;

export const JACCARD_THRESHOLD = 0.7;
export const CONTAINMENT_THRESHOLD = 0.9;
export const CONTAINMENT_MIN_JACCARD = 0.5;

export interface Signature {
  /** NUM_HASHES minimum hash values. */
  minhash: Uint32Array;
  /** Distinct shingles in the story. */
  shingles: number;
}

/** MurmurHash3's finaliser: a bijective mix of 32 bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The FNV-1a hashes of a text's words (runs of letters and digits, lower-cased), in order: one scan, no substrings. */
export function wordHashes(text: string): Uint32Array {
  let out = new Uint32Array(Math.max(16, text.length >>> 3));
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    } else {
      const ch = text[i];
      word = LETTER_OR_DIGIT.test(ch);
      if (word) c = ch.toLowerCase().charCodeAt(0);
    }
    if (word) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (n === out.length) {
        const grown = new Uint32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) {
    if (n === out.length) {
      const grown = new Uint32Array(out.length + 1);
      grown.set(out);
      out = grown;
    }
    out[n++] = h >>> 0;
  }
  return out.subarray(0, n);
}

/** The distinct shingle hashes of a text, sorted. */
export function shingleHashes(text: string): Uint32Array {
  const words = wordHashes(text);
  if (words.length < SHINGLE_WORDS) return new Uint32Array(0);
  const all = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < all.length; i++) {
    let h = 0;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ words[i + k], 0x01000193) + k;
    all[i] = fmix32(h);
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

const BIN_BITS = Math.log2(NUM_HASHES);
const VALUE_MASK = 2 ** (32 - BIN_BITS) - 1;
const EMPTY = 0xffffffff;
const PERMUTATION_SEED = 0x2545f491;

/**
 * The MinHash signature of a text, by one-permutation hashing with optimal densification (Shrivastava, ICML 2017):
 * each shingle is hashed once, its top bits choose one of NUM_HASHES bins and the rest is its value, each bin keeps
 * its least value; an empty bin copies the first non-empty bin along a fixed probe sequence. Equal bins estimate
 * Jaccard similarity as k independent minimum hashes do, at the cost of one hash per shingle instead of k.
 */
export function signatureOf(text: string): Signature {
  const shingles = shingleHashes(text);
  const minhash = new Uint32Array(NUM_HASHES).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = fmix32(shingles[s] ^ PERMUTATION_SEED);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < minhash[bin]) minhash[bin] = value;
  }
  if (shingles.length) densify(minhash);
  return { minhash, shingles: shingles.length };
}

/** Fills each empty bin from the first non-empty bin its own probe sequence reaches (the same for every text). */
function densify(bins: Uint32Array): void {
  const filled = bins.slice();
  for (let i = 0; i < NUM_HASHES; i++) {
    if (filled[i] !== EMPTY) continue;
    for (let attempt = 1; ; attempt++) {
      const j = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ attempt) & (NUM_HASHES - 1);
      if (filled[j] !== EMPTY) {
        bins[i] = filled[j];
        break;
      }
    }
  }
}

/** The LSH band keys of a signature: one per band, the band's index in the high bits (so bands never collide). */
export function bandKeys(sig: Signature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig.minhash[b * ROWS + r]) + r;
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of equal minimum hashes. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** Estimated share of the smaller set's shingles found in the larger one, from Jaccard and the set sizes. */
export function containment(j: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB);
  if (!small) return 0;
  // |A∩B| = J·|A∪B| and |A∪B| = (|A| + |B|) / (1 + J).
  return Math.min(1, (j * (sizeA + sizeB)) / ((1 + j) * small));
}

export interface Similarity {
  jaccard: number;
  containment: number;
  duplicate: boolean;
}

/** Whether two signatures are near-duplicates (see the rule at the top of this file). */
export function compare(a: Signature, b: Signature): Similarity {
  const j = jaccard(a.minhash, b.minhash);
  const c = containment(j, a.shingles, b.shingles);
  const duplicate =
    a.shingles >= MIN_SHINGLES && b.shingles >= MIN_SHINGLES &&
    (j >= JACCARD_THRESHOLD || (c >= CONTAINMENT_THRESHOLD && j >= CONTAINMENT_MIN_JACCARD));
  return { jaccard: j, containment: c, duplicate };
}

/** A signature as stored: the hashes' bytes (little-endian). */
export function signatureBytes(sig: Signature): Buffer {
  const out = Buffer.alloc(NUM_HASHES * 4);
  for (let i = 0; i < NUM_HASHES; i++) out.writeUInt32LE(sig.minhash[i], i * 4);
  return out;
}

/** A stored signature read back. */
export function signatureFromBytes(bytes: Uint8Array, shingles: number): Signature {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minhash = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES && (i + 1) * 4 <= buf.length; i++) minhash[i] = buf.readUInt32LE(i * 4);
  return { minhash, shingles };
}
