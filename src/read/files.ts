// Checks on input files before they are read: does it exist, is it a file, is it small enough, is it text.
import { open, stat } from 'node:fs/promises';

export const MB = 1024 * 1024;
/** How much of a file is looked at to tell text from binary. */
export const SNIFF_BYTES = 8192;

/** `512 bytes`, `12 KB`, `200 MB`, `1.5 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < MB ? [n / 1024, 'KB'] : n < 1024 * MB ? [n / MB, 'MB'] : [n / (1024 * MB), 'GB'];
  const shown = value >= 10 ? Math.floor(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${unit}`;
}

/** `file too large (200 MB > 50 MB cap)`: `what` then both sizes, never shown as if equal. */
export function overCap(what: string, size: number, cap: number): string {
  let s = formatBytes(size);
  const c = formatBytes(cap);
  if (s === c) s = `${size} bytes`;
  return `${what} (${s} > ${c === s ? `${cap} bytes` : c} cap)`;
}

/** The cause of a failed `stat`/`open`, in words. */
export function fsCause(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code ?? (err as Error)?.message ?? String(err)})`;
  }
}

/** The size of a regular file, or why it cannot be read as one. */
export async function regularFileSize(file: string): Promise<{ size: number } | { cause: string }> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) return { cause: 'is a directory' };
    if (!st.isFile()) return { cause: 'not a regular file' };
    return { size: st.size };
  } catch (err) {
    return { cause: fsCause(err) };
  }
}

/** The first `n` bytes of a file (fewer if it is shorter). */
export async function readHead(file: string, n: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The byte-order mark at the start of `bytes`, if any, and its length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Tab, line feed, vertical tab, form feed, carriage return, escape. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/**
 * Why the start of a file (without its byte-order mark) is not text, or null if it may be: NUL bytes (or UTF-16
 * without a byte-order mark), or more than 10% control characters other than tab, line and page breaks and escape.
 */
export function binaryCause(head: Uint8Array): string | null {
  const sample = head.subarray(0, SNIFF_BYTES);
  let nul = 0;
  let nulEven = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
    } else if ((b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f) {
      control++;
    }
  }
  if (nul > 0) {
    // UTF-16 text without a BOM: mostly ASCII, so at least every other byte is NUL, always on the same side.
    const half = sample.length / 2;
    if (sample.length >= 16 && nul >= 0.5 * half && (nulEven === nul || nulEven === 0)) {
      return 'looks like UTF-16 without a byte-order mark; convert it to UTF-8';
    }
    return 'binary file, not text';
  }
  if (sample.length > 0 && control / sample.length > 0.1) return 'binary file, not text';
  return null;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when all are. */
export function invalidUtf8Offset(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // cut short at the end
    if (b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (b[i + k] < 0x80 || b[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 strictly. `offset` is added to the byte offset reported for a bad byte (the position of `bytes`
 * in its file).
 */
export function decodeUtf8(bytes: Uint8Array, offset = 0): { text: string } | { cause: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const at = invalidUtf8Offset(bytes);
    return { cause: `not valid UTF-8 (byte offset ${offset + Math.max(at, 0)})` };
  }
}

/** How text bytes were decoded. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

export interface DecodeOptions {
  /** A charset the container declared (HTTP `Content-Type`, `<meta charset>`, `<?xml encoding?>`): used only
   * when the bytes are not UTF-8 and carry no byte-order mark. */
  declared?: string;
}

/**
 * Decodes text bytes whatever their encoding: UTF-8 with or without a byte-order mark; UTF-16 with a BOM, or
 * without one when every other byte is NUL; otherwise a declared charset, or Windows-1252 (which is what
 * ISO-8859-1 means on the web). UTF-8 with a few bad bytes (a cut-off last character, a corrupt byte among many
 * good multi-byte characters) stays UTF-8, the bad bytes replaced by U+FFFD. Returns why not when the bytes
 * are empty or binary.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): { text: string; encoding: TextEncoding } | { cause: string } {
  if (bytes.length === 0) return { cause: 'empty file' };
  const bom = byteOrderMark(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  if (bom && bom.encoding !== 'utf-8') return decodeUtf16(body, bom.encoding);
  const binary = binaryCause(body);
  if (binary) {
    const utf16 = bom ? null : utf16WithoutBom(body);
    if (utf16) return decodeUtf16(body, utf16);
    return { cause: binary };
  }
  return decodeEightBit(body, Boolean(bom), opts.declared);
}

/**
 * Decodes bytes that are not UTF-16 (one JSONL line, the body of a file already checked): UTF-8 when they are
 * (or are damaged UTF-8), else the declared charset, else Windows-1252.
 */
export function decodeEightBit(body: Uint8Array, hadUtf8Bom = false, declaredLabel?: string): { text: string; encoding: TextEncoding } {
  const bad = invalidUtf8Offset(body);
  if (bad < 0) return { text: utf8.decode(body), encoding: 'utf-8' };
  if (hadUtf8Bom || looksLikeDamagedUtf8(body, bad)) return { text: utf8Lossy.decode(body), encoding: 'utf-8' };
  const declared = charsetDecoder(declaredLabel);
  if (declared && declared.encoding !== 'utf-8' && declared.encoding !== 'windows-1252' && !declared.encoding.startsWith('utf-16')) {
    return { text: declared.decode(body), encoding: declared.encoding };
  }
  return { text: windows1252.decode(body), encoding: 'windows-1252' };
}

/**
 * Decodes a whole text file (see decodeBytes). Returns why not when the bytes are empty, binary or badly
 * encoded UTF-16.
 */
export function decodeTextFile(bytes: Uint8Array, opts: DecodeOptions = {}): { text: string } | { cause: string } {
  const r = decodeBytes(bytes, opts);
  return 'cause' in r ? r : { text: r.text };
}

const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** Windows-1252 in 0x80–0x9F (where it differs from ISO-8859-1); the five unassigned bytes stay C1 controls. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 by hand: Node's own TextDecoder('windows-1252') decodes 0x80–0x9F as ISO-8859-1 does. */
const windows1252 = {
  decode(bytes: Uint8Array): string {
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  },
};

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): { text: string; encoding: TextEncoding } | { cause: string } {
  if (body.length % 2 !== 0) return { cause: `not valid ${encoding.toUpperCase()} (odd number of bytes)` };
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    return { cause: `not valid ${encoding.toUpperCase()}` };
  }
}

/** UTF-16 without a byte-order mark: mostly ASCII, so every other byte is NUL, always on the same side. */
function utf16WithoutBom(body: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = body.subarray(0, SNIFF_BYTES);
  if (sample.length < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = sample.length / 2;
  if (odd >= 0.5 * half && even === 0) return 'utf-16le';
  if (even >= 0.5 * half && odd === 0) return 'utf-16be';
  return null;
}

/**
 * Whether bytes that are not valid UTF-8 are UTF-8 all the same: the only bad sequence is a character cut off at
 * the end, or well-formed multi-byte characters outnumber the bad bytes (Windows-1252 text has almost no byte
 * pairs that happen to form UTF-8).
 */
function looksLikeDamagedUtf8(b: Uint8Array, firstBad: number): boolean {
  let good = 0;
  let bad = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if (b[i + k] < 0x80 || b[i + k] > 0xbf) ok = false;
    if (ok) {
      good++;
      i += len;
    } else {
      if (len > 0 && i + len > n && i >= firstBad) return bad === 0 || good > bad; // cut off at the end
      bad++;
      i++;
    }
  }
  return good > 0 && good >= 4 * bad;
}

/** A decoder for a declared charset label, or null when the label is unknown. */
export function charsetDecoder(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}
