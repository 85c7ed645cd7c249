import type { Range } from "./types.js";

export type BlockType =
  | "root"
  | "blockquote"
  | "list"
  | "listItem"
  | "paragraph"
  | "heading"
  | "code"
  | "html"
  | "thematicBreak"
  | "definition"
  | "yaml"
  | "toml";

/** A block of a Markdown posting, with the same extent as the mdast node of the same type. */
export interface Block {
  type: BlockType;
  start: number;
  end: number;
  children: Block[];
  parent: Block | undefined;
  /** list */
  ordered?: boolean;
  /** heading: 1 to 6 */
  depth?: number;
  /** heading: from its first inline node to its last; absent when the heading is empty */
  content?: Range;
  /** paragraph directly under the root: its inline nodes (a bold line may be a heading) */
  inline?: Inline[];
}

/** An mdast phrasing node as far as the reader needs it: text runs are merged as mdast merges them. */
export interface Inline {
  type: "text" | "strong" | "other";
  start: number;
  end: number;
  /** text: the source of the run (escapes and references not yet decoded); "" for the others */
  source: string;
  /** strong: from its first inline node to its last */
  inner?: Range;
}

/** Flow or inline HTML, with its source. */
export interface HtmlNode {
  start: number;
  end: number;
  value: string;
}

/**
 * A Markdown posting's blocks, read straight from micromark's events: all the
 * model and the rules need, without building the mdast (whose compiler costs
 * as much again as the parse). Plugins still get the mdast as `posting.tree`.
 */
export interface MarkdownOutline {
  root: Block;
  /** Every block, in document order (a parent before its children). */
  blocks: readonly Block[];
  /** Flow and inline HTML in document order, as the mdast has it (none from inside image text or a link written as its own URL). */
  html: readonly HtmlNode[];
}

/** How many lists hold `block`. */
export function listDepth(block: Block): number {
  let depth = 0;
  for (let a = block.parent; a; a = a.parent) if (a.type === "list") depth++;
  return depth;
}
