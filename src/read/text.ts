// read/text: plain text, and the layout news aggregators print, into an Article.
//
//   Title                                        ← title
//   Sub-headline                                 ← dek (optional)
//                                                
//   Jan 31, 2026 - 08:21                         ← dateline → published
//   Title                                        ← the title again: dropped
//   What the picture shows Credit: AFP           ← image caption → caption
//                                                
//   Body paragraph …                             ← paragraphs
//   [Source: Daily Telegraph]                    ← trailer → source
//
// Every part is optional. Without a dateline, a short first line with no final punctuation, set off by a blank
// line, is taken as the title; a Wikinews-style leading dateline paragraph (`Friday, January 4, 2019`) is read as
// the date and dropped; all the rest is body.
import type { Article } from '../types.js';
import { parseDateline } from './dateline.js';
import { blocks, hasBlankLineWithin, isBlank, normaliseSpace, paragraphsOf, toLines } from './paragraphs.js';

export interface ReadTextOptions {
  id: string;
  /** Where the text came from (a path), copied to `Article.origin`. */
  origin?: string;
  /** Publication date to use when the text has no dateline (`YYYY-MM-DD`, or any form a dateline may take). */
  published?: string;
}

/** How many non-blank lines a dateline may be preceded by (title, dek, a second dek line). */
const MAX_HEADER_LINES = 3;
/** A header line (title, dek) longer than this is body text, not a header. */
const MAX_HEADER_CHARS = 300;
const MAX_TITLE_CHARS = 200;
const MAX_CAPTION_CHARS = 300;

export function readText(text: string, opts: ReadTextOptions): Article {
  const lines = toLines(text);
  const source = takeSourceTrailer(lines);
  const header = readHeader(lines);
  // Lines taken out of the body (the repeated title, captions) become null: a blank-line separator when the body
  // is in blank-line blocks, nothing when it is one paragraph per line.
  const body: (string | null)[] = lines.slice(header.bodyStart);
  dropRepeatedHeader(body, [header.title, header.dek]);
  const captions = takeCaptions(body);
  const rest = body.filter((l): l is string => l !== null);

  const paragraphs = hasBlankLineWithin(rest)
    ? paragraphsOf(body.map((l) => l ?? ''), false)
    : paragraphsOf(rest, true);

  const published = header.published ?? publishedOption(opts.published);
  // Only the fields that were found, in a fixed order.
  const article: Article = {
    id: opts.id,
    ...(header.title ? { title: header.title } : {}),
    ...(header.dek ? { dek: header.dek } : {}),
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
    paragraphs,
    ...(captions.length ? { caption: captions.join('\n') } : {}),
    ...(opts.origin !== undefined ? { origin: opts.origin } : {}),
  };
  return article;
}

/** Reads `--published`: a date in any dateline form; throws a RangeError for anything else. */
export function publishedOption(published: string | undefined): string | undefined {
  if (published === undefined || published.trim() === '') return undefined;
  const date = parseDateline(published);
  if (!date) throw new RangeError(`published: not a date: ${JSON.stringify(published)} (expected YYYY-MM-DD)`);
  return date;
}

// ---------------------------------------------------------------- trailer

const SOURCE_LABEL = /^\[\s*source\s*:/i;

/**
 * Removes a closing `[Source: X]` (on its own line, or at the end of the last line) and returns X. Read with
 * indexOf rather than one regular expression: a long last line must cost linear time, whatever it holds.
 */
function takeSourceTrailer(lines: string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isBlank(lines[i])) continue;
    const line = lines[i];
    const open = line.lastIndexOf('[');
    if (open < 0) return undefined;
    const tail = line.slice(open);
    const label = SOURCE_LABEL.exec(tail);
    const close = tail.indexOf(']');
    if (!label || close < 0 || tail.slice(close + 1).trim() !== '') return undefined;
    lines[i] = line.slice(0, open).trimEnd();
    return normaliseSpace(tail.slice(label[0].length, close)) || undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- header

interface Header {
  title?: string;
  dek?: string;
  published?: string;
  /** Index of the first line after the header. */
  bodyStart: number;
}

function readHeader(lines: string[]): Header {
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length && nonBlank.length <= MAX_HEADER_LINES; i++) {
    if (!isBlank(lines[i])) nonBlank.push(i);
  }
  // A dateline among the first lines, below at most a title and a dek.
  for (let k = 0; k < nonBlank.length; k++) {
    const published = parseDateline(lines[nonBlank[k]]);
    if (!published) continue;
    const above = nonBlank.slice(0, k).map((i) => normaliseSpace(lines[i]));
    if (above.some((l) => l.length > MAX_HEADER_CHARS)) break;
    const header: Header = { published, bodyStart: nonBlank[k] + 1 };
    if (above.length) header.title = above[0];
    if (above.length > 1) header.dek = above.slice(1).join(' ');
    return header;
  }
  // No dateline: a title line set off by a blank line, if the first block is one.
  const bs = blocks(lines);
  if (bs.length > 1 && bs[0].length === 1 && looksLikeTitle(bs[0][0]) && !isCaptionLine(bs[0][0])) {
    return { title: normaliseSpace(bs[0][0]), bodyStart: nonBlank[0] + 1 };
  }
  return { bodyStart: 0 };
}

/** A short line without final punctuation (a question mark is allowed: headlines ask). */
export function looksLikeTitle(line: string): boolean {
  const s = normaliseSpace(line);
  if (!s || s.length > MAX_TITLE_CHARS || s.split(' ').length > 30) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(s)) return false;
  return !/[.!,;:…–—-]$/.test(s.replace(/["”’')\]]+$/, ''));
}

function sameLine(a: string, b: string): boolean {
  const key = (s: string) => normaliseSpace(s).toLowerCase().replace(/[.!?:;,]+$/, '');
  return key(a) === key(b);
}

/** Drops the title (and dek) when the aggregator prints them again below the dateline. */
function dropRepeatedHeader(body: (string | null)[], header: (string | undefined)[]): void {
  const repeats = header.filter((h): h is string => !!h);
  for (let dropped = 0; dropped < repeats.length; dropped++) {
    const i = body.findIndex((l) => l !== null && !isBlank(l));
    const line = body[i];
    if (i < 0 || line === null || !repeats.some((h) => sameLine(line, h))) return;
    body[i] = null;
  }
}

// ---------------------------------------------------------------- captions

const CREDIT_LABEL = /(?:^|[\s.,;|(—–-])((?:photo|image)\s+credit|credit|photo(?:graph)?|picture|image|illustration)\s*:\s*(\S.*)$/i;
const AGENCY =
  /\b(?:Reuters|AP|AFP|EPA(?:-EFE)?|EFE|Getty(?: Images)?|Shutterstock|Alamy|PA(?: Wire| Media)?|Bloomberg|Xinhua|TASS|Anadolu|ANI|PTI|Sputnik|AAP|DPA|dpa|WANA|Photo|Credit|File|Handout)\b/;

/**
 * An image caption: a short line ending in a photo credit — `… Credit: AFP`, `… Photo: Reuters`, `… (Reuters)`,
 * `… (Getty Images/AFP)`.
 */
export function isCaptionLine(line: string): boolean {
  const s = normaliseSpace(line);
  if (!s || s.length > MAX_CAPTION_CHARS) return false;
  const label = CREDIT_LABEL.exec(s);
  if (label && /^\p{Lu}/u.test(label[1])) {
    const who = label[2];
    // A credit names someone in a few words; it is not a sentence.
    return who.length <= 80 && who.split(' ').length <= 10 && !/[.!?]["”’]?\s+\p{Lu}/u.test(who);
  }
  const paren = /\(([^()]{2,60})\)$/.exec(s);
  return !!paren && AGENCY.test(paren[1]);
}

/** Removes caption lines from the body and returns them, in order. */
function takeCaptions(body: (string | null)[]): string[] {
  const captions: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (line === null || isBlank(line) || !isCaptionLine(line)) continue;
    captions.push(normaliseSpace(line));
    body[i] = null;
  }
  return captions;
}
