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
