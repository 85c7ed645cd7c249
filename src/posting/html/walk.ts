import type { Element, Nodes, Root } from "hast";
import type { Range } from "../types.js";

/** Returned by `enter` to skip an element's children. */
export const SKIP = false;

/**
 * Visits a hast tree in document order with an explicit stack (deeply nested
 * markup must not overflow the call stack): `enter` before a node's children,
 * `exit` after them.
 */
export function walkTree(root: Root, enter: (node: Nodes, parents: readonly Element[]) => boolean | void, exit?: (node: Element) => void): void {
  const parents: Element[] = [];
  const stack: { node: Nodes; index: number }[] = [{ node: root, index: -1 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index === -1) {
      top.index = 0;
      if (top.node.type !== "root" && enter(top.node, parents) === SKIP) {
        stack.pop();
        continue;
      }
      if (top.node.type === "element") parents.push(top.node);
    }
    const children = "children" in top.node ? top.node.children : [];
    if (top.index < children.length) {
      stack.push({ node: children[top.index++]!, index: -1 });
      continue;
    }
    stack.pop();
    if (top.node.type === "element") {
      parents.pop();
      exit?.(top.node);
    }
  }
}

/** Where a node stands in the source; undefined for what the parser implied (`<tbody>`, a missing `<body>`). */
export function nodeRange(node: Nodes): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

interface TagPositions {
  opening?: { start: { offset?: number }; end: { offset?: number } };
  closing?: { start: { offset?: number }; end: { offset?: number } };
}

/** The element's start tag and end tag as written (parsed with `verbose`); a tag the parser implied has none. */
export function tagRanges(element: Element): { opening?: Range; closing?: Range } {
  const positions = (element.data as { position?: TagPositions } | undefined)?.position;
  const range = (p: TagPositions["opening"]) =>
    p?.start.offset !== undefined && p.end.offset !== undefined ? { start: p.start.offset, end: p.end.offset } : undefined;
  const opening = range(positions?.opening);
  const closing = range(positions?.closing);
  return { ...(opening ? { opening } : {}), ...(closing ? { closing } : {}) };
}
