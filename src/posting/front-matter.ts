import type { FrontMatter } from "./types.js";

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
    const m = /^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) continue;
    let value = m[2]!.replace(/[ \t]+#.*$/, "");
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2]!;
    if (value !== "" && !(m[1]! in data)) data[m[1]!] = value;
  }
  return data;
}
