import type { Element, Root, Text } from "hast";
import { OffsetMap } from "../offset-map.js";
import { firstEndingAfter } from "../ranges.js";
import type { Range } from "../types.js";
import { readCharRef } from "./char-refs.js";
import { BOLD, NOT_POSTING_TEXT, PHRASING } from "./elements.js";
import { nodeRange, SKIP, walkTree } from "./walk.js";

/** A run of text between block boundaries: a paragraph, a list item's text, a heading, a table cell. */
export interface HtmlBlock {
  /** The block's text in the view, trimmed. */
  view: Range;
  /** Its lines in the view (a `<br>` starts a new one). */
  lines: Range[];
  /** The innermost block element around it (at the top level of a fragment, its implied `<body>`). */
  container?: Element;
  /** The list item it belongs to, if any. */
  li?: Element;
  /** The `<h1>`-`<h6>` it belongs to, if any. */
  heading?: Element;
  /** Where bold elements (`<strong>`, `<b>`) stand in the view. */
  bold: Range[];
}

export interface HtmlText {
  /** What a reader sees (see `TextView`), mapped to the source. */
  view: OffsetMap;
  blocks: HtmlBlock[];
  /** Source ranges that are posting text: text nodes, less character references and the white space between blocks. */
  prose: Range[];
  /** Character references (`&amp;`): one character each, never cut by a fix. */
  refs: Range[];
  /** Where each block element's text starts and ends in the view. */
  spans: Map<Element, Range>;
}

/**
 * Reads the text of an HTML tree as a reader sees it, in one walk: white space
 * collapsed, character references decoded, one view line per block and per
 * `<br>` line, and the blocks with what structure needs to know of them.
 * `excluded` (sorted, disjoint) is never text: the tags, and comments,
 * template syntax, front matter and URLs.
 */
export function readBlocks(tree: Root, source: string, excluded: readonly Range[]): HtmlText {
  const reader = new BlockReader(source, excluded);
  walkTree(
    tree,
    (node) => {
      if (node.type === "text") reader.text(node);
      if (node.type !== "element") return node.type === "root" ? undefined : SKIP;
      if (node.tagName === "br") {
        reader.lineBreak(node.position?.start.offset ?? reader.lastSource);
        return SKIP;
      }
      if (!PHRASING.has(node.tagName)) reader.endBlock();
      if (NOT_POSTING_TEXT.has(node.tagName)) return SKIP;
      if (BOLD.has(node.tagName)) reader.openBold(node);
      else if (!PHRASING.has(node.tagName)) reader.enterBlock(node);
      return undefined;
    },
    (element) => {
      if (BOLD.has(element.tagName)) reader.closeBold(element);
      else if (!PHRASING.has(element.tagName)) reader.exitBlock(element);
    },
  );
  reader.endBlock();
  return { view: reader.view, blocks: reader.blocks, prose: reader.prose, refs: reader.refs, spans: reader.spans };
}

const SPACE = new Set([" ", "\t", "\n", "\r", "\f"]);

interface OpenBlock {
  viewStart: number;
  lineStart: number;
  lines: Range[];
  container?: Element;
  li?: Element;
  heading?: Element;
  bold: Range[];
}

class BlockReader {
  readonly view = new OffsetMap();
  readonly blocks: HtmlBlock[] = [];
  readonly prose: Range[] = [];
  readonly refs: Range[] = [];
  readonly spans = new Map<Element, Range>();
  /** Where the last text emitted into the view ends in the source. */
  lastSource = 0;
  // Open block elements, and the open list items and headings among them (kept apart so a block finds its own in O(1)).
  private readonly containers: Element[] = [];
  private readonly items: Element[] = [];
  private readonly headings: Element[] = [];
  private endsWithBreak = true;
  private block: OpenBlock | undefined;
  private lineHasText = false;
  /** White space waiting to become one space, if text follows on the same line. */
  private pending: Range | undefined;
  /** White-space-only text nodes behind `pending`: posting text only if they separate words. */
  private pendingNodes: Range[] = [];
  private readonly boldStarts = new Map<Element, number>();

  constructor(
    private readonly source: string,
    private readonly excluded: readonly Range[],
  ) {}

  enterBlock(element: Element): void {
    this.containers.push(element);
    if (element.tagName === "li") this.items.push(element);
    if (/^h[1-6]$/.test(element.tagName)) this.headings.push(element);
    this.spans.set(element, { start: this.view.size, end: this.view.size });
  }

  exitBlock(element: Element): void {
    this.endBlock();
    this.containers.pop();
    if (this.items[this.items.length - 1] === element) this.items.pop();
    if (this.headings[this.headings.length - 1] === element) this.headings.pop();
    this.spans.get(element)!.end = this.view.size;
  }

  openBold(element: Element): void {
    this.boldStarts.set(element, this.view.size);
  }

  closeBold(element: Element): void {
    const start = this.boldStarts.get(element);
    this.boldStarts.delete(element);
    if (start !== undefined && this.block) this.block.bold.push({ start, end: this.view.size });
  }

  text(node: Text): void {
    const range = nodeRange(node);
    if (!range) return;
    const hasText = /[^ \t\n\r\f]/.test(node.value);
    // Foster-parented table text stands out of source order: it stays posting text but not in the view, whose offsets must rise.
    const inOrder = range.start >= this.lastSource;
    for (const [a, b] of this.segments(range)) {
      if (!hasText) {
        if (inOrder) this.space(a, b, true);
        continue;
      }
      this.scan(a, b, inOrder);
    }
  }

  lineBreak(at: number): void {
    if (!this.block || !this.lineHasText) return;
    this.block.lines.push({ start: this.block.lineStart, end: this.view.size });
    this.view.appendUnit("\n", at, at);
    this.endsWithBreak = true;
    this.block.lineStart = this.view.size;
    this.dropPending();
  }

  endBlock(): void {
    const block = this.block;
    if (!block) return;
    if (this.lineHasText) block.lines.push({ start: block.lineStart, end: this.view.size });
    const last = block.lines[block.lines.length - 1];
    if (last) {
      const { viewStart, lineStart: _, ...rest } = block;
      this.blocks.push({ ...rest, view: { start: viewStart, end: last.end } });
      if (!this.endsWithBreak) this.view.appendUnit("\n", this.lastSource, this.lastSource);
      this.endsWithBreak = true;
    }
    this.block = undefined;
    this.dropPending();
  }

  /** The parts of a text node's range that are not excluded (a text node may even run across end tags the parser moved, such as `</body>`). */
  private *segments(range: Range): Generator<[number, number]> {
    let pos = range.start;
    let x = firstEndingAfter(this.excluded, pos);
    for (; x < this.excluded.length && this.excluded[x]!.start < range.end; x++) {
      const skip = this.excluded[x]!;
      if (skip.start > pos) yield [pos, skip.start];
      pos = Math.max(pos, skip.end);
    }
    if (pos < range.end) yield [pos, range.end];
  }

  private scan(a: number, b: number, inView: boolean): void {
    const { source } = this;
    let i = a;
    while (i < b) {
      const c = source[i]!;
      if (SPACE.has(c)) {
        let j = i + 1;
        while (j < b && SPACE.has(source[j]!)) j++;
        this.prose.push({ start: i, end: j });
        if (inView) this.space(i, j, false);
        i = j;
        continue;
      }
      const ref = c === "&" ? readCharRef(source, i) : undefined;
      if (ref && ref.end <= b) {
        this.refs.push({ start: i, end: ref.end });
        if (inView) {
          if (ref.value.length === 1 && SPACE.has(ref.value)) this.space(i, ref.end, false);
          else this.emit(i, ref.end, ref.value);
        }
        i = ref.end;
        continue;
      }
      let j = i + 1;
      while (j < b && source[j] !== "&" && !SPACE.has(source[j]!)) j++;
      this.prose.push({ start: i, end: j });
      if (inView) this.emit(i, j);
      i = j;
    }
  }

  /** White space: one space in the view if text follows on the line; none at a line's start or end. */
  private space(start: number, end: number, ownNode: boolean): void {
    if (ownNode) this.pendingNodes.push({ start, end });
    if (!this.lineHasText) {
      this.dropPending();
      return;
    }
    this.pending ??= { start, end };
  }

  private emit(start: number, end: number, decoded?: string): void {
    if (!this.block) this.startBlock();
    if (this.pending) {
      this.view.appendUnit(" ", this.pending.start, this.pending.end);
      for (const r of this.pendingNodes) this.prose.push(r);
      this.pending = undefined;
      this.pendingNodes = [];
    }
    if (decoded === undefined) this.view.appendCopy(this.source.slice(start, end), start);
    else this.view.appendUnit(decoded, start, end);
    this.lineHasText = true;
    this.endsWithBreak = false;
    this.lastSource = end;
  }

  private startBlock(): void {
    const container = this.containers[this.containers.length - 1];
    const li = this.items[this.items.length - 1];
    const heading = this.headings[this.headings.length - 1];
    this.block = {
      viewStart: this.view.size,
      lineStart: this.view.size,
      lines: [],
      ...(container ? { container } : {}),
      ...(li ? { li } : {}),
      ...(heading ? { heading } : {}),
      bold: [],
    };
  }

  private dropPending(): void {
    this.pending = undefined;
    this.pendingNodes = [];
    this.lineHasText = false;
  }
}
