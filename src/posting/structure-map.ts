import type { Structure } from "./draft.js";
import type { LineIndex } from "./lines.js";
import type { OffsetMap } from "./offset-map.js";
import type { Range } from "./types.js";

/**
 * A structure read from a derived text (a JSON string's decoded value) moved
 * onto the text it was derived from: every range mapped through `map`, every
 * line number recounted in the outer text. What only holds in the derived text
 * is dropped: whole-line removals (the outer lines hold more than the
 * posting) and indentation (white space inside a string is not layout).
 */
export function mapStructure(structure: Structure, map: OffsetMap, index: LineIndex): Structure {
  const range = (r: Range): Range => ({ start: map.sourceStart(r.start), end: map.sourceEnd(r.end) });
  const line = (offset: number) => index.lineAt(offset).number;
  return {
    headings: structure.headings.map(({ underlineLine: _, ...h }) => {
      const r = range(h.range);
      return { ...h, range: r, textRange: range(h.textRange), ...(h.colonRange ? { colonRange: range(h.colonRange) } : {}), line: line(r.start), indent: "" };
    }),
    items: structure.items.map(({ lineRange: _, ...item }) => {
      const r = range(item.range);
      return { ...item, range: r, line: line(r.start), endLine: line(Math.max(r.start, r.end - 1)) };
    }),
    metadata: structure.metadata.map((f) => {
      const r = range(f.range);
      return { ...f, range: r, valueRange: range(f.valueRange), line: line(r.start) };
    }),
    nonProse: structure.nonProse.map(range),
    structuralIndent: [],
    ...(structure.tree ? { tree: structure.tree } : {}),
    ...(structure.view ? { view: structure.view.through(map) } : {}),
    ...(structure.markup ? { markup: { ...structure.markup, atomic: structure.markup.atomic.map(range) } } : {}),
    ...(structure.htmlProblems ? { htmlProblems: structure.htmlProblems.map((p) => ({ ...p, range: range(p.range) })) } : {}),
  };
}
