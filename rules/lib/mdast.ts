import type { Nodes, Parents, Root } from "mdast";
import { visitParents } from "unist-util-visit-parents";
import type { Posting } from "../../src/posting/types.js";

/** Calls `visit` for every mdast node of `type` in a Markdown posting (nothing for plain text). */
export function eachNode<T extends Nodes["type"]>(
  posting: Posting,
  type: T,
  visit: (node: Extract<Nodes, { type: T }>, ancestors: Parents[]) => void,
): void {
  if (posting.format !== "markdown" || !posting.tree) return;
  visitParents(posting.tree as Root, (node: Nodes, ancestors: Parents[]) => {
    if (node.type === type) visit(node as Extract<Nodes, { type: T }>, ancestors);
  });
}
