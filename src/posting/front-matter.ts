import { startWithout, trimBlankEnd } from "./scan.js";
import type { FrontMatter } from "./types.js";

const BLANK = new Set([" ", "\t"]);

const FENCES = [
  { open: /^---[ \t]*(?:\r\n|\r|\n)/, close: /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/g },
  { open: /^\+\+\+[ \t]*(?:\r\n|\r|\n)/, close: /(?:\r\n|\r|\n)\+\+\+[ \t]*(?=\r\n|\r|\n|$)/g },
];

/** Finds a YAML (---) or TOML (+++) block at the very start of the text. */
export function findFrontMatter(text: string): FrontMatter | undefined {
  for (const fence of FENCES) {
    const open = fence.open.exec(text);
    if (!open) continue;
    fence.close.lastIndex = open[0].length - 1;
    const close = fence.close.exec(text);
    if (!close) continue;
    const end = close.index + close[0].length;
    return { range: { start: 0, end }, data: readFlatFields(text.slice(open[0].length, close.index)) };
  }
  return undefined;
}

/**
 * Reads top-level `key: value` (YAML) or `key = value` (TOML) scalars. Rules need
 * only a few flat fields (title, salary); nested data and comments are skipped.
 */
function readFlatFields(body: string): Record<string, string> {
  const data: Record<string, string> = {};
  for (const line of body.split(/\r\n|\r|\n/)) {
    const key = /^[A-Za-z_][\w-]*/.exec(line)?.[0];
    if (!key) continue;
    const sep = startWithout(line, BLANK, key.length);
    if (line[sep] !== ":" && line[sep] !== "=") continue;
    let value = line.slice(startWithout(line, BLANK, sep + 1));
    // A YAML comment after the value (" # ...") is not part of it.
    const comment = value.search(/[ \t]#/);
    if (comment >= 0) value = value.slice(0, comment);
    value = trimBlankEnd(value);
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]!);
    if (quoted) value = value.slice(1, -1);
    if (value !== "" && !(key in data)) data[key] = value;
  }
  return data;
}
