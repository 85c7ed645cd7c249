import type { Range } from "./types.js";

/**
 * Spans of template syntax and comments that are not posting text, found by
 * linear scanning (indexOf, never a backtracking regex over the whole text).
 */
export function findTemplateAndCommentRanges(text: string): Range[] {
  return [...findCommentRanges(text), ...findTemplateRanges(text)];
}

/** HTML comments and `{% comment %}` blocks. */
export function findCommentRanges(text: string): Range[] {
  const out: Range[] = [];
  scanDelimited(text, "<!--", "-->", out);
  scanLiquidCommentBlocks(text, out);
  return out;
}

/** Template tags and expressions (`{{ }}`, `{% %}`, `{# #}`), sorted by start. */
export function findTemplateRanges(text: string): Range[] {
  const out: Range[] = [];
  scanDelimited(text, "{{", "}}", out);
  scanDelimited(text, "{%", "%}", out);
  scanDelimited(text, "{#", "#}", out);
  return out.sort((a, b) => a.start - b.start);
}

function scanDelimited(text: string, open: string, close: string, out: Range[]): void {
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) return;
    const closeAt = text.indexOf(close, start + open.length);
    // No closer anywhere further on: no later opener can be closed either.
    if (closeAt < 0) return;
    out.push({ start, end: closeAt + close.length });
    from = closeAt + close.length;
  }
}

// Liquid ignores the markup after the tag name: `{% comment ------------ %}` opens a comment too.
const COMMENT_OPEN = /\{%-?\s*comment\b[^%]*%\}/g;
const COMMENT_CLOSE = /\{%-?\s*endcomment\b[^%]*%\}/g;

/** `{% comment %} ... {% endcomment %}` blocks (Liquid, Jinja-style). */
function scanLiquidCommentBlocks(text: string, out: Range[]): void {
  COMMENT_OPEN.lastIndex = 0;
  for (let open = COMMENT_OPEN.exec(text); open; open = COMMENT_OPEN.exec(text)) {
    COMMENT_CLOSE.lastIndex = open.index + open[0].length;
    const close = COMMENT_CLOSE.exec(text);
    if (!close) return;
    out.push({ start: open.index, end: close.index + close[0].length });
    COMMENT_OPEN.lastIndex = close.index + close[0].length;
  }
}

const URL_OR_EMAIL =
  /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Bare URLs and e-mail addresses. */
export function findUrlRanges(text: string): Range[] {
  const out: Range[] = [];
  // Native substring scans first: most postings hold no address at all, and the regex tries at every word.
  if (!text.includes("@") && !text.includes(":") && !text.includes("www.")) return out;
  URL_OR_EMAIL.lastIndex = 0;
  for (let m = URL_OR_EMAIL.exec(text); m; m = URL_OR_EMAIL.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
