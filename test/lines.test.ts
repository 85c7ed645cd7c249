import { describe, expect, it } from "vitest";
import { LineIndex, splitLines } from "../src/posting/lines.js";

describe("line model", () => {
  it("remembers each line's own ending", () => {
    const lines = splitLines("a\r\nb\nc\rd");
    expect(lines.map((l) => [l.number, l.text, l.eol])).toEqual([
      [1, "a", "\r\n"],
      [2, "b", "\n"],
      [3, "c", "\r"],
      [4, "d", ""],
    ]);
  });

  it("has no phantom line after a final newline, and one empty line for empty text", () => {
    expect(splitLines("a\n").map((l) => l.text)).toEqual(["a"]);
    expect(splitLines("")).toHaveLength(1);
    expect(splitLines("\n\n").map((l) => l.number)).toEqual([1, 2]);
  });

  it("keeps offsets: start and end of each line point into the text", () => {
    const text = "\t\tGeneral Summary\r\nBachelor's degree.\n";
    for (const line of splitLines(text)) expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(splitLines(text)[0]!.indent).toBe("\t\t");
  });

  it("maps offsets to 1-based lines and UTF-16 columns and back", () => {
    const text = "ab\n😀x\ny";
    const index = new LineIndex(splitLines(text));
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    // The emoji is two UTF-16 code units: "x" is column 3.
    expect(index.position(text.indexOf("x"))).toEqual({ line: 2, column: 3 });
    expect(index.offset(2, 3)).toBe(text.indexOf("x"));
    expect(index.position(text.length)).toEqual({ line: 3, column: 2 });
  });
});
