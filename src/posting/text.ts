import type { Structure, ItemDraft } from "./draft.js";
import { classifyCase } from "./heading-case.js";
import { matchListMarker } from "./list-marker.js";
import { matchKeyValue } from "./metadata.js";
import { isSectionName } from "./section-kind.js";
import type { Heading, Line, Range } from "./types.js";
import { containsOffset } from "./ranges.js";

const BANNER_CHARS = new Set(["=", "*", "#", "~", "_", "+", "-"]);
const MAX_HEADING_WORDS = 8;

/**
 * Reads a plain-text posting line by line: each non-empty line is an item,
 * `Key: value` lines are metadata, and heading-like lines open sections
 * (RULES.md, "Sections and their kinds").
 */
export function readPlainText(lines: readonly Line[], hidden: readonly Range[]): Structure {
  const structure: Structure = { headings: [], items: [], metadata: [], nonProse: [], structuralIndent: [] };
  const visible = lines.map((l) => !isBlank(l) && !isHidden(l, hidden));
  const candidates = lines.map((l, i) => visible[i]! && isHeadingCandidate(l));

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!visible[i]) continue;
    const banner = matchBanner(line.text);
    if (banner) {
      structure.headings.push(plainHeading(line, line.text.slice(banner.start, banner.end), line.start + banner.start, "banner", 1));
      continue;
    }
    if (candidates[i] && isHeadingLine(lines, i, visible, candidates)) {
      const trimmed = line.text.trim();
      structure.headings.push(plainHeading(line, trimmed, line.start + line.indent.length, "plain", 2));
      continue;
    }
    const field = matchKeyValue(line.text, line.start, line.number);
    if (field) {
      structure.metadata.push(field);
      continue;
    }
    structure.items.push(lineItem(line));
  }
  markTitle(structure);
  return structure;
}

/**
 * `=== JOB DETAILS ===`: the same run of two or more rule characters on both
 * sides of the words. Where the words stand in the line, or undefined.
 */
function matchBanner(text: string): { start: number; end: number } | undefined {
  const first = text.length - text.trimStart().length;
  const last = text.trimEnd().length;
  const mark = text[first];
  if (mark === undefined || !BANNER_CHARS.has(mark)) return undefined;
  let open = first;
  while (open < last && text[open] === mark) open++;
  let close = last;
  while (close > open && text[close - 1] === mark) close--;
  if (open - first < 2 || last - close !== open - first) return undefined;
  const start = open + (text.slice(open, close).length - text.slice(open, close).trimStart().length);
  const end = close - (text.slice(open, close).length - text.slice(open, close).trimEnd().length);
  return end > start ? { start, end } : undefined;
}

function isBlank(line: Line): boolean {
  return line.text.trim() === "";
}

function isHidden(line: Line, hidden: readonly Range[]): boolean {
  const first = line.start + line.indent.length;
  return containsOffset(hidden, first) && containsOffset(hidden, line.start + line.text.trimEnd().length - 1);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Short, unpunctuated, not a list item, not `Key: value`, starting with a capital or digit. */
function isHeadingCandidate(line: Line): boolean {
  const text = line.text.trim();
  if (text.length > 80 || wordCount(text) > MAX_HEADING_WORDS) return false;
  if (matchListMarker(line.text)) return false;
  if (/[.!?;,]["'”’)]*$/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (/:[ \t]+\S/.test(text)) return false;
  return true;
}

function isHeadingLine(lines: readonly Line[], i: number, visible: boolean[], candidates: boolean[]): boolean {
  const line = lines[i]!;
  const text = line.text.trim();
  if (/:$/.test(text)) return true;
  const caseInfo = classifyCase(text);
  const styled = caseInfo.case === "upper" || caseInfo.fits.includes("title");
  const startsBlock = i === 0 || !visible[i - 1];
  if (isSectionName(text) && !/\d/.test(text) && (styled || startsBlock)) return true;
  if (caseInfo.case === "upper" && wordCount(text) <= 6) return hasBodyAfter(lines, i, visible, candidates) || startsBlock;
  // Any other short line heads a section only when it stands at the start of a block and body follows it.
  return startsBlock && (styled || wordCount(text) <= 5) && hasBodyAfter(lines, i, visible, candidates) && !/^\p{N}/u.test(text);
}

function hasBodyAfter(lines: readonly Line[], i: number, visible: boolean[], candidates: boolean[]): boolean {
  const next = i + 1;
  if (next >= lines.length || !visible[next]) return false;
  return !candidates[next] || matchListMarker(lines[next]!.text) !== undefined;
}

function plainHeading(line: Line, text: string, textStart: number, markup: "plain" | "banner", level: number): Heading {
  const colon = /[:：]$/.test(text);
  const words = colon ? text.slice(0, -1).trimEnd() : text;
  const caseInfo = classifyCase(words);
  return {
    range: { start: line.start, end: line.start + line.text.trimEnd().length },
    text: words,
    textRange: { start: textStart, end: textStart + words.length },
    line: line.number,
    level,
    indent: line.indent,
    markup,
    case: caseInfo.case,
    colon,
    ...(colon ? { colonRange: { start: textStart + text.length - 1, end: textStart + text.length } } : {}),
  };
}

function lineItem(line: Line): ItemDraft {
  const marker = matchListMarker(line.text);
  const contentStart = line.start + (marker ? marker.length : line.indent.length);
  const contentEnd = line.start + line.text.trimEnd().length;
  return {
    kind: marker ? "list-item" : "line",
    range: { start: contentStart, end: contentEnd },
    text: line.text.slice(contentStart - line.start, contentEnd - line.start),
    line: line.number,
    endLine: line.number,
    ...(marker ? { marker: marker.marker } : {}),
    lineRange: { start: line.start, end: line.end + line.eol.length },
  };
}

/**
 * A first heading that opens the posting (nothing but metadata before it) and is
 * not a section name is the posting's title: it ranks above the section headings.
 */
function markTitle(structure: Structure): void {
  const first = structure.headings[0];
  if (!first || first.markup === "banner" || isSectionName(first.text)) return;
  const before = structure.items.filter((item) => item.line < first.line);
  if (before.length > 0) return;
  first.level = 1;
}
