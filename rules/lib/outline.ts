import type { Block, BlockType, HtmlNode } from "../../src/posting/outline.js";
export { listDepth } from "../../src/posting/outline.js";
import type { Posting } from "../../src/posting/types.js";

/** Calls `visit` for every block of `type` in a Markdown posting (nothing for other formats), in document order. */
export function eachBlock(posting: Posting, type: BlockType, visit: (block: Block) => void): void {
  if (posting.format !== "markdown" || !posting.outline) return;
  for (const block of posting.outline.blocks) if (block.type === type) visit(block);
}

/** A Markdown posting's flow and inline HTML (nothing for other formats), in document order. */
export function markdownHtml(posting: Posting): readonly HtmlNode[] {
  return posting.format === "markdown" && posting.outline ? posting.outline.html : [];
}
