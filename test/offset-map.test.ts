import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OffsetMap } from "../src/posting/offset-map.js";
import { decodeJsonString } from "../src/posting/json-ld/string-literal.js";

describe("OffsetMap", () => {
  it("maps copies one to one and a decoded unit to its whole source span", () => {
    // "R&amp;D team" read as "R&D team"
    const map = new OffsetMap();
    map.appendCopy("R", 0);
    map.appendUnit("&", 1, 6);
    map.appendCopy("D team", 6);
    expect(map.text).toBe("R&D team");
    expect([0, 1, 2, 3].map((i) => map.sourceStart(i))).toEqual([0, 1, 6, 7]);
    expect([1, 2, 3].map((i) => map.sourceEnd(i))).toEqual([1, 6, 7]);
    expect(map.viewOffset(6)).toBe(2);
    // Inside a unit: the next character that starts at or after it.
    expect(map.viewOffset(3)).toBe(2);
    expect(map.sourceEnd(map.size)).toBe(12);
  });

  it("merges adjacent copies into one run and skips inserted line breaks when mapping back", () => {
    const map = new OffsetMap();
    map.appendCopy("ab", 10);
    map.appendCopy("cd", 12);
    map.appendUnit("\n", 14, 14);
    map.appendCopy("ef", 20);
    expect(map.text).toBe("abcd\nef");
    expect(map.sourceStart(3)).toBe(13);
    expect(map.viewOffset(14)).toBe(5);
    expect(map.viewOffset(20)).toBe(5);
  });

  it("reads through a second map: a view of HTML inside a JSON string maps to the JSON text", () => {
    const json = '"a\\u003cb\\u003e\\u2019s"';
    const { map: inner } = decodeJsonString(json, { start: 0, end: json.length });
    expect(inner.text).toBe("a<b>’s");
    // The HTML reader's view of "a<b>’s" is "a’s": the tag is dropped.
    const view = new OffsetMap();
    view.appendCopy("a", 0);
    view.appendCopy("’s", 4);
    const composed = view.through(inner);
    expect(composed.text).toBe("a’s");
    expect(json.slice(composed.sourceStart(1), composed.sourceEnd(2))).toBe("\\u2019");
    expect(json.slice(composed.sourceStart(0), composed.sourceEnd(3))).toBe("a\\u003cb\\u003e\\u2019s");
  });

  it("through() keeps every character's source span inside the outer source, in order (property)", () => {
    const piece = fc.oneof(fc.constantFrom("a", "b", " ", "<", "’"), fc.constantFrom("\\n", '\\"', "\\u2019", "\\/"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const json = `"${pieces.join("")}"`;
        const { map } = decodeJsonString(json, { start: 0, end: json.length });
        const view = new OffsetMap();
        view.appendCopy(map.text, 0);
        const composed = view.through(map);
        expect(composed.text).toBe(map.text);
        let last = 0;
        for (let i = 0; i < composed.size; i++) {
          const start = composed.sourceStart(i);
          const end = composed.sourceEnd(i + 1);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(JSON.parse(`"${json.slice(start, end)}"`)).toBe(composed.text[i]);
          last = end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
