import type { Structure } from "../draft.js";
import type { LineIndex } from "../lines.js";
import { findUrlRanges } from "../non-prose.js";
import { complementRanges, mergeRanges } from "../ranges.js";
import type { Line, Range, SyntaxProblem } from "../types.js";
import { collectMarkup } from "./markup.js";
import { parseHtml } from "./parse-tree.js";
import { blocksToStructure } from "./structure.js";
import { readBlocks } from "./text-blocks.js";

/** What a fix may not write into HTML text: it would open a tag or a character reference. */
export const HTML_RESERVED = "<&";

export interface HtmlDocument {
  structure: Structure;
  /** The content of each `<script type="application/ld+json">`. */
  jsonLd: Range[];
}

/**
 * Reads an HTML text into the posting structure, every range an offset in
 * `source` (`hidden`: its comments, template syntax and front matter): what is posting text (text nodes, less character references and
 * the white space between blocks), the view a reader sees, the markup a fix
 * must respect, and what is malformed.
 */
export function readHtml(source: string, lines: readonly Line[], index: LineIndex, hidden: readonly Range[]): HtmlDocument {
  const { tree, problems, cutTag } = parseHtml(source);
  if (!tree) return { structure: unreadable(source, problems), jsonLd: [] };
  const markup = collectMarkup(tree, source, cutTag !== undefined);
  // A tag cut off by the end of the text is markup to the end; the tokenizer notices it there, the reader wants to see where it starts.
  const cut = markup.cutAt !== undefined ? [{ start: markup.cutAt, end: source.length }] : [];
  if (cutTag && markup.cutAt !== undefined) cutTag.range = { start: markup.cutAt, end: markup.cutAt + 1 };
  const tags = mergeRanges([...markup.tags, ...cut]);
  const text = readBlocks(tree, source, mergeRanges([...tags, ...hidden, ...findUrlRanges(source)]));
  const { headings, items, metadata } = blocksToStructure(text, source, index);
  // The indentation of a source line is the page's layout, wherever it falls (between tags or inside a text node).
  const indents = lines.filter((l) => l.indent.length > 0).map((l) => ({ start: l.start, end: l.start + l.indent.length }));
  return {
    structure: {
      headings,
      items,
      metadata,
      nonProse: complementRanges(mergeRanges(text.prose), source.length),
      structuralIndent: indents,
      tree,
      view: text.view,
      markup: { atomic: mergeRanges([...tags, ...text.refs, ...markup.raw]), reserved: HTML_RESERVED },
      htmlProblems: [...problems, ...markup.problems].sort((a, b) => a.range.start - b.range.start),
    },
    jsonLd: markup.jsonLd,
  };
}

/** Text the parser could not turn into a tree: nothing in it is posting text, and no fix may touch it. */
function unreadable(source: string, problems: SyntaxProblem[]): Structure {
  const all = [{ start: 0, end: source.length }];
  return { headings: [], items: [], metadata: [], nonProse: all, structuralIndent: [], markup: { atomic: all, reserved: HTML_RESERVED }, htmlProblems: problems };
}
