import type { MarkdownOutline } from "./outline.js";
import type { OffsetMap } from "./offset-map.js";
import type { Field, Heading, Item, JsonLdBlock, MarkupGuard, Range, SyntaxProblem } from "./types.js";

/** An item before it is placed in its section. */
export type ItemDraft = Omit<Item, "section">;

/** What a format-specific reader hands to the model builder. */
export interface Structure {
  headings: Heading[];
  items: ItemDraft[];
  metadata: Field[];
  /** Markup and non-text spans found by the reader (code, HTML, link destinations). */
  nonProse: Range[];
  /** Leading white space that carries structure and must not be touched (nested list indentation). */
  structuralIndent: Range[];
  /** HTML: the hast root. */
  tree?: unknown;
  /** Markdown: builds the mdast, for plugins that ask for `posting.tree` (the model never needs it). */
  loadTree?: () => unknown;
  /** Markdown: the blocks, read without building the mdast. */
  outline?: MarkdownOutline;
  /** HTML and JSON-LD readers: the text a reader sees (see `Posting.view`). */
  view?: OffsetMap;
  markup?: MarkupGuard;
  htmlProblems?: SyntaxProblem[];
  structuredData?: JsonLdBlock[];
  /** Postings embedded in this one (JSON-LD descriptions), each read on the same text. */
  embedded?: Structure[];
  origin?: Range;
}
