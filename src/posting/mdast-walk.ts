import type { Nodes, Parents, Root } from "mdast";

/** What an `enter` callback may answer: "skip" leaves the node's children unvisited. */
export type WalkAction = "skip" | undefined | void;

/**
 * Visits every node of an mdast tree depth-first in document order. One shared
 * ancestors stack serves the whole walk (it changes as the walk goes on), so a
 * callback that keeps the ancestors must copy them. An explicit stack, not
 * recursion: a deeply nested list cannot overflow the call stack.
 */
export function walkTree(tree: Root, enter: (node: Nodes, ancestors: readonly Parents[]) => WalkAction): void {
  const ancestors: Parents[] = [];
  // Each frame: a parent and the index of its next child to visit.
  const frames: { parent: Parents; next: number }[] = [];
  if (enter(tree, ancestors) === "skip") return;
  ancestors.push(tree);
  frames.push({ parent: tree, next: 0 });
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const child = frame.parent.children[frame.next++] as Nodes | undefined;
    if (!child) {
      frames.pop();
      ancestors.pop();
      continue;
    }
    if (enter(child, ancestors) === "skip" || !("children" in child)) continue;
    ancestors.push(child);
    frames.push({ parent: child, next: 0 });
  }
}

/** Node types indexed by `blockNodes`: the ones rules look for, each with its ancestors kept. */
const INDEXED = new Set<string>(["list", "listItem", "paragraph", "heading", "blockquote", "code", "html", "table", "thematicBreak"]);

export interface IndexedNode {
  node: Nodes;
  ancestors: readonly Parents[];
}

const indexes = new WeakMap<Root, Map<string, IndexedNode[]>>();

/**
 * Collects the block-node index during a walk someone makes anyway (the
 * Markdown reader's), so that rules need no walk of their own. Call `visit`
 * for every node, then `finish`.
 */
export class BlockIndexBuilder {
  private readonly built = new Map<string, IndexedNode[]>();

  constructor(private readonly tree: Root) {}

  visit(node: Nodes, ancestors: readonly Parents[]): void {
    if (!INDEXED.has(node.type)) return;
    let list = this.built.get(node.type);
    if (!list) this.built.set(node.type, (list = []));
    list.push({ node, ancestors: ancestors.slice() });
  }

  finish(): void {
    indexes.set(this.tree, this.built);
  }
}

/**
 * The block nodes of `tree` by type, in document order, from a single walk
 * made the first time any rule asks: every rule that looks for lists or
 * paragraphs shares it instead of walking the tree again.
 */
export function blockNodes(tree: Root, type: string): readonly IndexedNode[] | undefined {
  if (!INDEXED.has(type)) return undefined;
  let index = indexes.get(tree);
  if (!index) {
    const builder = new BlockIndexBuilder(tree);
    walkTree(tree, (node, ancestors) => builder.visit(node, ancestors));
    builder.finish();
    index = indexes.get(tree)!;
  }
  return index.get(type) ?? [];
}
