import type { Line, LineEnding, Range } from "./types.js";

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits text into lines, remembering each line's own ending (LF, CRLF or CR). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push(makeLine(text, number++, start, m.index, m[0] as LineEnding));
    start = m.index + m[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push(makeLine(text, number, start, text.length, ""));
  return lines;
}

function makeLine(text: string, number: number, start: number, end: number, eol: LineEnding): Line {
  const lineText = text.slice(start, end);
  const indent = /^[ \t]*/.exec(lineText)![0];
  return { number, start, end, text: lineText, indent, eol };
}

/** Maps offsets to 1-based line and column (UTF-16 code units), by binary search over line starts. */
export class LineIndex {
  constructor(readonly lines: readonly Line[]) {}

  /** The line holding `offset`; an offset inside a line ending belongs to that line. */
  lineAt(offset: number): Line {
    const { lines } = this;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]!;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line: line.number, column: offset - line.start + 1 };
  }

  /** Offset of a 1-based line and column; columns past the end clamp to the line's end. */
  offset(line: number, column: number): number {
    const l = this.lines[Math.min(Math.max(line, 1), this.lines.length) - 1]!;
    return Math.min(l.start + Math.max(column, 1) - 1, l.end);
  }

  /** The range of a whole line including its ending. */
  fullLineRange(lineNumber: number): Range {
    const l = this.lines[lineNumber - 1]!;
    return { start: l.start, end: l.end + l.eol.length };
  }
}
