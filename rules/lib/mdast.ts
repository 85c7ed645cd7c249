import type { Nodes, Parents, Root } from "mdast";
import { blockNodes, walkTree } from "../../src/posting/mdast-walk.js";
import type { Posting } from "../../src/posting/types.js";

/** Calls `visit` for every mdast node of `type` in a Markdown posting (nothing for plain text), in document order. */
export function eachNode<T extends Nodes["type"]>(
  posting: Posting,
  type: T,
  visit: (node: Extract<Nodes, { type: T }>, ancestors: readonly Parents[]) => void,
): void {
  if (posting.format !== "markdown" || !posting.tree) return;
  const tree = posting.tree as Root;
  const indexed = blockNodes(tree, type);
  if (indexed) {
    for (const { node, ancestors } of indexed) visit(node as Extract<Nodes, { type: T }>, ancestors);
    return;
  }
  walkTree(tree, (node, ancestors) => {
    if (node.type === type) visit(node as Extract<Nodes, { type: T }>, ancestors);
  });
}
