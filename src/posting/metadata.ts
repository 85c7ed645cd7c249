import { trimBlankEnd } from "./scan.js";
import type { Field } from "./types.js";

/**
 * A `Key: value` line: a short capitalised key (at most five words) and a value
 * on the same line ("Job Area: Engineering Group > Systems Engineering").
 */
const KEY_VALUE = /^([ \t]*)(\p{Lu}[\p{L}\p{N} ()&/'’.-]{0,40}?)[ \t]*:[ \t]+(\S.*)$/u;

/** Keys are short: the colon must come within this many characters of the line's start. */
const KEY_REACH = 64;

export function matchKeyValue(line: string, lineStart: number, lineNumber: number): Field | undefined {
  const colon = line.indexOf(":");
  if (colon < 0 || colon > KEY_REACH) return undefined;
  const text = trimBlankEnd(line);
  const m = KEY_VALUE.exec(text);
  if (!m) return undefined;
  const key = m[2]!;
  if (key.trim().split(/\s+/).length > 5) return undefined;
  // "Note: see https://..." style URLs would otherwise split at "https:".
  if (/^\/\//.test(m[3]!)) return undefined;
  const keyStart = lineStart + m[1]!.length;
  const valueStart = lineStart + text.indexOf(m[3]!, m[1]!.length + key.length);
  return {
    key,
    value: m[3]!,
    line: lineNumber,
    range: { start: keyStart, end: lineStart + text.trimEnd().length },
    valueRange: { start: valueStart, end: valueStart + m[3]!.length },
  };
}
