/**
 * The oracle for src/posting/markdown-outline.ts: the same outline worked out
 * from the mdast (remark-parse), the way the Markdown reader read postings
 * before it read micromark's events directly. test/markdown-outline.test.ts
 * checks the two agree on every posting it is given.
 */
import type { Nodes, Parents, Root } from "mdast";
import { parseMarkdownTree } from "../../src/posting/markdown.js";
import type { Block, BlockType, HtmlNode, Inline } from "../../src/posting/outline.js";
import type { Range } from "../../src/posting/types.js";
import { walkTree } from "./mdast-walk.js";

export interface OracleOutline {
  tree: Root;
  blocks: Block[];
  html: HtmlNode[];
  nonProse: Range[];
  /** mdast text values of root paragraphs' text children, in order (the outline keeps their source). */
  rootTextValues: string[];
}

const BLOCK_TYPES = new Set<string>(["blockquote", "list", "listItem", "paragraph", "heading", "code", "html", "thematicBreak", "definition", "yaml", "toml"]);
const FLOW_PARENTS = new Set<string>(["root", "blockquote", "list", "listItem"]);

const start = (n: Nodes) => n.position!.start.offset!;
const end = (n: Nodes) => n.position!.end.offset!;

export function outlineFromMdast(text: string): OracleOutline {
  const tree = parseMarkdownTree(text);
  const root: Block = { type: "root", start: 0, end: text.length, children: [], parent: undefined };
  const made = new Map<Nodes, Block>([[tree, root]]);
  const out: OracleOutline = { tree, blocks: [], html: [], nonProse: [], rootTextValues: [] };
  walkTree(tree, (node, ancestors) => {
    const parentNode = ancestors[ancestors.length - 1];
    const isFlow = parentNode !== undefined && FLOW_PARENTS.has(parentNode.type);
    if (isFlow && BLOCK_TYPES.has(node.type)) addBlock(node, parentNode, made, out);
    // The reader's walk: what it marked as not prose, and where it did not look further.
    switch (node.type) {
      case "html":
        out.html.push({ start: start(node), end: end(node), value: node.value });
        out.nonProse.push({ start: start(node), end: end(node) });
        return "skip";
      case "yaml":
      case "toml" as string:
      case "code":
      case "inlineCode":
      case "image":
      case "imageReference":
      case "definition":
        out.nonProse.push({ start: start(node), end: end(node) });
        return "skip";
      case "link": {
        const last = node.children[node.children.length - 1];
        const isAutolink = !last || (last.type === "text" && last.value === node.url);
        out.nonProse.push({ start: isAutolink ? start(node) : end(last!), end: end(node) });
        return isAutolink ? "skip" : undefined;
      }
      default:
        return undefined;
    }
  });
  return out;
}

function addBlock(node: Nodes, parentNode: Parents, made: Map<Nodes, Block>, out: OracleOutline): void {
  const parent = made.get(parentNode)!;
  const block: Block = { type: node.type as BlockType, start: start(node), end: end(node), children: [], parent };
  if (node.type === "list") block.ordered = node.ordered ?? false;
  if (node.type === "heading") {
    block.depth = node.depth;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (first && last) block.content = { start: start(first), end: end(last) };
  }
  if (node.type === "paragraph" && parentNode.type === "root") {
    block.inline = node.children.map((child) => inlineOf(child, out));
  }
  parent.children.push(block);
  made.set(node, block);
  out.blocks.push(block);
}

function inlineOf(node: Nodes, out: OracleOutline): Inline {
  if (node.type === "text") {
    out.rootTextValues.push(node.value);
    return { type: "text", start: start(node), end: end(node), source: "" };
  }
  const inline: Inline = { type: node.type === "strong" ? "strong" : "other", start: start(node), end: end(node), source: "" };
  if (node.type === "strong") {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (first && last) inline.inner = { start: start(first), end: end(last) };
  }
  return inline;
}
