import { startWithout, trimBlankEnd } from "./scan.js";
import type { FrontMatter } from "./types.js";

const BLANK = new Set([" ", "\t"]);

const FENCES = [
  { open: /^---[ \t]*(?:\r\n|\r|\n)/, close: /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/g },
  { open: /^\+\+\+[ \t]*(?:\r\n|\r|\n)/, close: /(?:\r\n|\r|\n)\+\+\+[ \t]*(?=\r\n|\r|\n|$)/g },
];

/**
 * Finds a YAML (---) or TOML (+++) block at the very start of the text; also
 * YAML that a site generator would not read as front matter but that is
 * plainly meant as one: fields and comments closed by `---` with no opening
 * fence, or opened by `---` and never closed. Those are data too, and carry
 * their `problem`.
 */
export function findFrontMatter(text: string): FrontMatter | undefined {
  for (const fence of FENCES) {
    const open = fence.open.exec(text);
    if (!open) continue;
    fence.close.lastIndex = open[0].length - 1;
    const close = fence.close.exec(text);
    if (!close) return fence === FENCES[0] ? unclosedYaml(text, open[0].length) : undefined;
    const end = close.index + close[0].length;
    return { range: { start: 0, end }, data: readFlatFields(text.slice(open[0].length, close.index)) };
  }
  return unopenedYaml(text);
}

/** A lower-case YAML key of up to three words ("salary_min:", "max applications:"). */
const KEY = String.raw`[a-z_][a-z0-9_-]*(?: [a-z0-9_-]+){0,2}:(?:[ \t]|$)`;
/** A YAML front-matter line: blank, a comment, a `key:`, an indented continuation or a list entry. */
const YAML_LINE = new RegExp(String.raw`^(?:[ \t]*$|[ \t]*#|${KEY}|[ \t]+\S|-[ \t])`);
const YAML_KEY = new RegExp(`^${KEY}`);
/** Front matter that needs this many fields before it counts as meant: "# Title" and one "team: x" line are Markdown. */
const MIN_FIELDS = 3;
/** Lines read at most, looking for a fence that closes unopened front matter. */
const MAX_LINES = 2000;

/** Lines of the text, each with the offset one past its line ending, up to `max` lines. */
function* linesOf(text: string, from: number, max: number): Generator<{ text: string; end: number }> {
  let start = from;
  for (let n = 0; n < max && start < text.length; n++) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    yield { text: text.slice(start, newline < 0 ? end : newline).replace(/\r$/, ""), end };
    start = end;
  }
}

/** `key: value` lines and comments up to a `---` line, with no `---` before them. */
function unopenedYaml(text: string): FrontMatter | undefined {
  let fields = 0;
  for (const line of linesOf(text, 0, MAX_LINES)) {
    if (/^---[ \t]*$/.test(line.text)) {
      if (fields < MIN_FIELDS) return undefined;
      return { range: { start: 0, end: line.end }, data: readFlatFields(text.slice(0, line.end)), problem: "unopened" };
    }
    if (!YAML_LINE.test(line.text)) return undefined;
    if (YAML_KEY.test(line.text)) fields++;
  }
  return undefined;
}

/**
 * An opening `---` with no closing one: its fields, up to the first line that
 * is no field. Past a blank line only a `key:` or an indented line goes on:
 * there "# Title" and "- item" are Markdown, so the block never runs on into
 * the posting.
 */
function unclosedYaml(text: string, bodyStart: number): FrontMatter | undefined {
  let fields = 0;
  let end = bodyStart;
  let afterBlank = false;
  for (const line of linesOf(text, bodyStart, Number.MAX_SAFE_INTEGER)) {
    if (line.text.trim() === "") {
      afterBlank = true;
      continue;
    }
    const key = YAML_KEY.test(line.text);
    if (!YAML_LINE.test(line.text) || (afterBlank && !key && !/^[ \t]/.test(line.text))) break;
    if (key) fields++;
    end = line.end;
    afterBlank = false;
  }
  if (fields < 1) return undefined;
  return { range: { start: 0, end }, data: readFlatFields(text.slice(bodyStart, end)), problem: "unclosed" };
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
