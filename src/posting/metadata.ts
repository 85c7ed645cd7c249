import { startWithout, trimBlankEnd } from "./scan.js";
import type { Field } from "./types.js";

/**
 * A `Key: value` line: a short capitalised key (at most five words) and a value
 * on the same line ("Job Area: Engineering Group > Systems Engineering").
 */
// linear-regex: bounded input, only the part of the line up to its first colon (at most KEY_REACH characters)
const KEY = /^([ \t]*)(\p{Lu}[\p{L}\p{N} ()&/'’.-]{0,40}?)[ \t]*:$/u;

/** Keys are short: the colon must come within this many characters of the line's start. */
const KEY_REACH = 64;

export function matchKeyValue(line: string, lineStart: number, lineNumber: number): Field | undefined {
  const colon = line.indexOf(":");
  if (colon < 0 || colon > KEY_REACH) return undefined;
  const keyMatch = KEY.exec(line.slice(0, colon + 1));
  // A value follows after white space on the same line.
  if (!keyMatch || (line[colon + 1] !== " " && line[colon + 1] !== "\t")) return undefined;
  const text = trimBlankEnd(line);
  const valueStart = startWithout(text, undefined, colon + 1);
  if (valueStart >= text.length) return undefined;
  const [, indent = "", key = ""] = keyMatch;
  const value = text.slice(valueStart);
  if (key.trim().split(/\s+/).length > 5) return undefined;
  // "Note: see https://..." style URLs would otherwise split at "https:".
  if (value.startsWith("//")) return undefined;
  const keyStart = lineStart + indent.length;
  return {
    key,
    value,
    line: lineNumber,
    range: { start: keyStart, end: lineStart + text.length },
    valueRange: { start: lineStart + valueStart, end: lineStart + text.length },
  };
}
