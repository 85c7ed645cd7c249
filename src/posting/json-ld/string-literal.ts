import { OffsetMap } from "../offset-map.js";
import type { Range } from "../types.js";

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

export interface DecodedString {
  /** The string's value, and where each of its characters stands in the source. */
  map: OffsetMap;
  /** The escape sequences (`\n`, `\"`, `\u2019`): one character each, never cut by a fix. */
  escapes: Range[];
}

/**
 * Decodes the JSON string literal at `literal` (quotes included) in `text`:
 * `"We\u2019re hiring \u003cb\u003enow\u003c/b\u003e"` reads as
 * `We’re hiring <b>now</b>`, each character mapped back to its escape.
 */
export function decodeJsonString(text: string, literal: Range): DecodedString {
  const start = literal.start + 1;
  const end = Math.max(start, text[literal.end - 1] === '"' && literal.end - 1 > literal.start ? literal.end - 1 : literal.end);
  const map = new OffsetMap(start);
  const escapes: Range[] = [];
  let i = start;
  while (i < end) {
    const slash = text.indexOf("\\", i);
    const runEnd = slash < 0 || slash >= end ? end : slash;
    if (runEnd > i) map.appendCopy(text.slice(i, runEnd), i);
    if (runEnd >= end) break;
    const kind = text[runEnd + 1] ?? "";
    const unicode = kind === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(runEnd + 2, runEnd + 6));
    const length = unicode ? 6 : kind in SIMPLE_ESCAPES ? 2 : 1;
    const value = unicode ? String.fromCharCode(Number.parseInt(text.slice(runEnd + 2, runEnd + 6), 16)) : (SIMPLE_ESCAPES[kind] ?? "\\");
    map.appendUnit(value, runEnd, runEnd + length);
    escapes.push({ start: runEnd, end: runEnd + length });
    i = runEnd + length;
  }
  return { map, escapes };
}
