import type { Posting, Range } from "../posting/types.js";
import type { Fix } from "./rule.js";

/** Small constructors for fixes, so rules read as what they do. */
export function replaceRange(range: Range, text: string): Fix {
  return { range: [range.start, range.end], text };
}

export function removeRange(range: Range): Fix {
  return replaceRange(range, "");
}

export function insertAt(offset: number, text: string): Fix {
  return { range: [offset, offset], text };
}

/**
 * Removes whole lines [firstLine, lastLine] with their line ending. When they are
 * the last lines of a file without a final newline, the line ending before them
 * goes instead, so the file's final-newline state is kept.
 */
export function removeLines(posting: Posting, firstLine: number, lastLine: number): Fix {
  const first = posting.lines[firstLine - 1]!;
  const last = posting.lines[lastLine - 1]!;
  if (last.eol === "" && firstLine > 1) {
    const before = posting.lines[firstLine - 2]!;
    return { range: [before.end, last.end], text: "" };
  }
  return { range: [first.start, last.end + last.eol.length], text: "" };
}

/** Merges a report's several fixes into one, filling the gaps with the original text (ESLint's mergeFixes). */
export function mergeFixes(text: string, fixes: readonly Fix[]): Fix {
  if (fixes.length === 1) return fixes[0]!;
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = sorted[0]!.range[0];
  let end = start;
  let out = "";
  for (const fix of sorted) {
    if (fix.range[0] < end) throw new Error("Fix objects must not be overlapped in a report.");
    out += text.slice(end, fix.range[0]) + fix.text;
    end = fix.range[1];
  }
  return { range: [start, end], text: out };
}
