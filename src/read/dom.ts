// The small part of the DOM that the HTML and feed readers use, typed here (the project compiles without the DOM
// library), over linkedom: a fast DOM without a browser. Also the guards that keep a hostile page from costing
// more than linear time before it reaches a DOM: markup stripped by scanning, nesting depth measured by scanning.
import { DOMParser, parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  removeChild(node: DomNode): DomNode;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** An HTML document (linkedom). */
export function parseHtmlDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/** An XML document (linkedom, htmlparser2 in XML mode: no external entities, no DTD expansion). */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** Elements with no end tag. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'command', 'basefont', 'frame', 'isindex', 'image',
]);
/** Elements whose end tag may be left out (a browser closes them): not counted as nesting. */
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt',
  'rp', 'rtc', 'caption', 'html', 'head', 'body',
]);

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a || c === 0x5f;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The deepest nesting of elements in markup, read by one linear scan of its tags (comments, void elements,
 * self-closing tags and elements whose end tag is optional are not counted). `xml` counts every element.
 * Stops early once `limit` is passed.
 */
export function markupDepth(markup: string, xml = false, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = 0;
  const n = markup.length;
  while (i < n) {
    const lt = markup.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) break;
    let j = lt + 1;
    const c = markup.charCodeAt(j);
    if (c === 0x21 /* ! */) {
      if (markup.startsWith('<!--', lt)) {
        const end = markup.indexOf('-->', lt + 4);
        if (end < 0) break;
        i = end + 3;
      } else if (markup.startsWith('<![CDATA[', lt)) {
        const end = markup.indexOf(']]>', lt + 9);
        if (end < 0) break;
        i = end + 3;
      } else i = lt + 2;
      continue;
    }
    const closing = c === 0x2f; /* / */
    if (closing) j++;
    if (j >= n || !isLetter(markup.charCodeAt(j))) {
      i = lt + 1;
      continue;
    }
    const nameStart = j;
    while (j < n && isNameChar(markup.charCodeAt(j))) j++;
    const name = markup.slice(nameStart, j).toLowerCase();
    const gt = markup.indexOf('>', j);
    if (gt < 0) break;
    const selfClosing = markup.charCodeAt(gt - 1) === 0x2f;
    i = gt + 1;
    if (!xml && (VOID.has(name) || OPTIONAL_END.has(name))) continue;
    if (closing) {
      if (depth > 0) depth--;
    } else if (!selfClosing) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    }
  }
  return max;
}

/** The deepest nesting of elements under `root`, walked without recursion. Stops early once `limit` is passed. */
export function domDepth(root: DomNode, limit = Infinity): number {
  let max = 0;
  let depth = 0;
  let node: DomNode | null = root.firstChild;
  if (!node) return 0;
  depth = 1;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && depth > max) {
      max = depth;
      if (max > limit) return max;
    }
    if (node.firstChild && node.nodeType === ELEMENT_NODE) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      if (!node || node === root) return max;
    }
    if (!node) break;
    node = node.nextSibling;
  }
  return max;
}

/** Elements whose content is never article text; removed from the markup before it is parsed. */
const STRIPPED = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas'];

export interface StrippedMarkup {
  /** The markup without comments and the elements above. */
  html: string;
  /** The content of each `<script type="application/ld+json">`. */
  jsonLd: string[];
}

/**
 * Removes comments, scripts, styles and other non-text elements by scanning (linear time: no regular expression
 * runs over the whole page), keeping the JSON-LD scripts' content apart. An element left open at the end of a
 * truncated page is dropped with the rest.
 */
export function stripMarkup(html: string, maxJsonLd = 1024 * 1024): StrippedMarkup {
  const lower = html.toLowerCase();
  const out: string[] = [];
  const jsonLd: string[] = [];
  let jsonLdBytes = 0;
  let from = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      out.push(html.slice(from, lt));
      if (end < 0) return { html: out.join(''), jsonLd };
      i = from = end + 3;
      continue;
    }
    let tag: string | null = null;
    for (const t of STRIPPED) {
      if (lower.startsWith(t, lt + 1) && !isNameChar(lower.charCodeAt(lt + 1 + t.length))) {
        tag = t;
        break;
      }
    }
    if (!tag) {
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    out.push(html.slice(from, lt));
    if (gt < 0) return { html: out.join(''), jsonLd };
    const openTag = lower.slice(lt, gt);
    const close = lower.indexOf(`</${tag}`, gt);
    const contentEnd = close < 0 ? n : close;
    if (tag === 'script' && openTag.includes('ld+json') && jsonLdBytes < maxJsonLd) {
      const content = html.slice(gt + 1, contentEnd);
      jsonLdBytes += content.length;
      if (jsonLdBytes <= maxJsonLd) jsonLd.push(content);
    }
    if (close < 0) return { html: out.join(''), jsonLd };
    const closeEnd = html.indexOf('>', close);
    if (closeEnd < 0) return { html: out.join(''), jsonLd };
    i = from = closeEnd + 1;
  }
  out.push(html.slice(from));
  return { html: out.join(''), jsonLd };
}

/** Block-level elements: their start and end break paragraphs. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html',
]);
/** Headings: not body text (they are titles, not sentences). */
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text is never read. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'head', 'title']);

export interface BlockText {
  /** Body paragraphs, whitespace normalised, in document order. */
  paragraphs: string[];
  /** Text of figure captions (`<figcaption>`), kept out of the body. */
  captions: string[];
}

/**
 * The paragraphs of an element's text: every block element (`p`, `li`, `div`, `blockquote`, …) and every
 * double line break ends one; headings are left out and figure captions kept apart. Walked without recursion.
 */
export function blockText(root: DomNode): BlockText {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let cur = '';
  let brs = 0;
  const flush = () => {
    const p = cur.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    cur = '';
    brs = 0;
  };
  /** Whether to read the element's content. */
  const enter = (el: DomNode): boolean => {
    const name = el.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return false;
    if (name === 'figcaption') {
      flush();
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) captions.push(t);
      return false;
    }
    if (HEADING.has(name)) {
      flush();
      return false;
    }
    if (name === 'br') {
      brs++;
      if (brs >= 2) flush();
      else cur += ' ';
      return false;
    }
    if (BLOCK.has(name)) flush();
    else if (name === 'td' || name === 'th') cur += ' ';
    return true;
  };
  const leave = (el: DomNode) => {
    if (BLOCK.has(el.nodeName.toLowerCase())) flush();
  };
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (enter(node)) {
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        leave(node);
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const t = node.textContent ?? '';
      if (brs && /\S/.test(t)) brs = 0;
      cur += t;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      leave(node);
    }
    if (node) node = node.nextSibling;
  }
  flush();
  return { paragraphs, captions };
}
