import { overlapsAny } from "../../src/posting/ranges.js";
import type { Posting } from "../../src/posting/types.js";

/**
 * Whether a formatting fix may rewrite [start, end): nothing in it is code, a
 * URL, a comment, template syntax, front matter or indentation that carries
 * list structure. An empty range (an insertion) is editable unless it falls
 * strictly inside such a span.
 */
export function isEditable(posting: Posting, start: number, end: number): boolean {
  return !overlapsAny(posting.nonProse, start, end) && !overlapsAny(posting.structuralIndent, start, end);
}

/**
 * Whether deleting [start, end) would bring a CR and an LF together: two line
 * endings ("\r" then "\n") would read as one CRLF and a line would vanish.
 */
export function joinsLineBreaks(text: string, start: number, end: number): boolean {
  return text[start - 1] === "\r" && text[end] === "\n";
}
