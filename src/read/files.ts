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

/**
 * Decodes a whole text file: UTF-8 (a BOM is stripped), or UTF-16 with a BOM. Returns why not when the bytes are
 * empty, binary or badly encoded.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string } | { cause: string } {
  if (bytes.length === 0) return { cause: 'empty file' };
  const bom = byteOrderMark(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  if (bom && bom.encoding !== 'utf-8') {
    if (body.length % 2 !== 0) return { cause: `not valid ${bom.encoding.toUpperCase()} (odd number of bytes)` };
    try {
      return { text: new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }).decode(body) };
    } catch {
      return { cause: `not valid ${bom.encoding.toUpperCase()}` };
    }
  }
  const binary = binaryCause(body);
  if (binary) return { cause: binary };
  return decodeUtf8(body, bom?.length ?? 0);
}
