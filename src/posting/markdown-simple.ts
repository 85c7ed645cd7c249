import { classifyCharacter } from "micromark-util-classify-character";
import { decodeString } from "micromark-util-decode-string";
import type { OutlineReading } from "./markdown-outline.js";
import type { Block, BlockType, Inline } from "./outline.js";
import type { Line, Range } from "./types.js";

/**
 * A fast path for the plainest Markdown, which is most of what careers sites
 * keep: ATX headings, paragraphs, one level of bullet or numbered items of one
 * line each, `>` quotes, `**bold**`, `` `code` ``, `[text](url)` links and
 * front matter. For such a posting
 * the outline can be read line by line, at a small part of micromark's cost.
 * Anything else, or anything this reader is not sure of (tabs, indentation
 * other than of paragraph text,
 * fenced code, HTML, emphasis with `_` or single `*`, escapes, images,
 * references, setext headings, thematic breaks, lazy continuation lines, nested
 * lists), makes it answer `undefined`, and the caller reads micromark's events:
 * it never guesses. test/markdown-outline.test.ts holds its answers equal to
 * the mdast's, on the corpora and on generated postings.
 */
export function readSimpleOutline(text: string, lines: readonly Line[]): OutlineReading | undefined {
  // A reference definition needs `]:` (even one inside what would be a code span); micromark skips a leading BOM.
  if (text.includes("]:") || text.charCodeAt(0) === 0xfeff) return undefined;
  const matter = frontMatter(lines);
  if (matter === null) return undefined;
  OUTSIDE_SUBSET.lastIndex = matter ? lines[matter.close]!.end : 0;
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new SimpleReader(text).read(lines, matter);
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

/** What starts syntax the fast path does not read: tabs, code fences and longer code spans, HTML and autolinks, escapes, NUL. */
const OUTSIDE_SUBSET = /[\t<\\\0]|``/g;

interface FrontMatter {
  type: "yaml" | "toml";
  /** Index of the closing fence's line. */
  close: number;
}

/**
 * YAML (`---`) or TOML (`+++`) front matter, fences alone on their lines:
 * where it ends; undefined when there is none; null when the first line looks
 * like a fence the fast path does not read.
 */
function frontMatter(lines: readonly Line[]): FrontMatter | undefined | null {
  const fence = lines[0]!.text;
  if (fence !== "---" && fence !== "+++") return /^(?:---|\+\+\+)/.test(fence) ? null : undefined;
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    // micromark also closes on a fence with white space after it: left to micromark.
    if (text.startsWith(fence) && /^[ \t]*$/.test(text.slice(3))) return text === fence ? { type: fence === "---" ? "yaml" : "toml", close: i } : null;
  }
  return null;
}
const NOT_SIMPLE = new Error("not simple Markdown");

const ATX = /^(#{1,6}) +(?=\S)/;
const BULLET = /^([-*+]) (?=\S)/;
const ORDERED = /^(\d{1,9})([.)]) (?=\S)/;
const QUOTE = /^> (?=\S)/;
const THEMATIC = /^(?:[-*] *){3,}$/;
/**
 * What a paragraph line (or an item's or a quote's text) may not start with:
 * another block, a marker with nothing after it, or `-`, which could underline
 * a setext heading.
 */
const BLOCK_START = /^(?:[-#>=~ ]|[+*](?: |$)|\d{1,9}[.)](?: |$))/;

type Previous = "blank" | "paragraph" | "item" | "quote" | "heading";

interface OpenList {
  block: Block;
  /** The marker character (bullet) or delimiter (numbered) all items share. */
  kind: string;
}


class SimpleReader {
  private readonly root: Block;
  private readonly blocks: Block[] = [];
  private readonly nonProse: Range[] = [];
  private previous: Previous = "blank";
  private paragraph: { block: Block; lines: Line[] } | undefined;
  private list: OpenList | undefined;
  /** The paragraph of the open `>` quote. */
  private quote: Block | undefined;

  constructor(private readonly text: string) {
    this.root = { type: "root", start: 0, end: text.length, children: [], parent: undefined };
  }

  read(lines: readonly Line[], matter: FrontMatter | undefined): OutlineReading {
    let first = 0;
    if (matter) {
      const block = this.open(matter.type, this.root, 0, lines[matter.close]!.end);
      this.nonProse.push({ start: block.start, end: block.end });
      first = matter.close + 1;
    }
    for (let i = first; i < lines.length; i++) this.readLine(lines[i]!);
    this.closeParagraph();
    return { outline: { root: this.root, blocks: this.blocks, html: [] }, nonProse: this.nonProse };
  }

  private readLine(line: Line): void {
    const t = line.text;
    if (/^ *$/.test(t)) {
      this.closeParagraph();
      this.quote = undefined;
      this.previous = "blank";
      return;
    }
    if (line.indent.length > 0) return this.readIndentedLine(line);
    const heading = ATX.exec(t);
    if (heading) return this.readHeading(line, heading[1]!.length, heading[0].length);
    if (THEMATIC.test(t)) throw NOT_SIMPLE;
    const bullet = BULLET.exec(t);
    if (bullet) return this.readItem(line, bullet[1]!, false, bullet[0].length);
    const ordered = ORDERED.exec(t);
    if (ordered) return this.readItem(line, ordered[2]!, true, ordered[0].length, ordered[1]!);
    if (QUOTE.test(t)) return this.readQuoteLine(line);
    if (BLOCK_START.test(t)) throw NOT_SIMPLE;
    // A text line right after an item or a quote line would continue it lazily.
    if (this.previous === "item" || this.previous === "quote") throw NOT_SIMPLE;
    this.readParagraphLine(line);
  }

  /**
   * An indented line is read only as paragraph text away from lists and quotes
   * (where indentation decides what a line belongs to); its leading spaces are
   * not part of the paragraph.
   */
  private readIndentedLine(line: Line): void {
    const rest = line.text.slice(line.indent.length);
    if (this.list || this.previous === "item" || this.previous === "quote") throw NOT_SIMPLE;
    if (ATX.test(rest) || THEMATIC.test(rest) || BULLET.test(rest) || ORDERED.test(rest) || QUOTE.test(rest) || BLOCK_START.test(rest)) throw NOT_SIMPLE;
    this.readParagraphLine(line);
  }

  private readParagraphLine(line: Line): void {
    if (this.previous === "paragraph") {
      this.paragraph!.lines.push(line);
      this.paragraph!.block.end = line.end;
      return;
    }
    this.list = undefined;
    const block = this.open("paragraph", this.root, line.start + line.indent.length, line.end);
    this.paragraph = { block, lines: [line] };
    this.previous = "paragraph";
  }

  private readHeading(line: Line, depth: number, contentStart: number): void {
    const contentEnd = trimSpacesEnd(this.text, line.start, line.end);
    // A `#` at the end may close the heading or be its text: left to micromark.
    if (this.text[contentEnd - 1] === "#") throw NOT_SIMPLE;
    this.closeParagraph();
    this.list = undefined;
    this.quote = undefined;
    const block = this.open("heading", this.root, line.start, line.end);
    block.depth = depth;
    block.content = { start: line.start + contentStart, end: contentEnd };
    this.scanLine(line.start + contentStart, line.end);
    this.previous = "heading";
  }

  private readItem(line: Line, kind: string, ordered: boolean, markerWidth: number, number?: string): void {
    if (this.previous === "quote" || THEMATIC.test(line.text)) throw NOT_SIMPLE;
    const contentStart = line.start + markerWidth;
    if (BLOCK_START.test(line.text.slice(markerWidth))) throw NOT_SIMPLE;
    const current = this.list;
    const startsList = !current || current.kind !== kind || current.block.ordered !== ordered;
    // Right after text, a numbered item that does not start at 1 cannot start a list: the line continues the text.
    if (ordered && number !== "1" && (this.previous === "paragraph" || (this.previous === "item" && startsList))) throw NOT_SIMPLE;
    this.closeParagraph();
    this.quote = undefined;
    let list = current;
    if (!list || startsList) {
      const block = this.open("list", this.root, line.start, line.end);
      block.ordered = ordered;
      list = this.list = { block, kind };
    }
    list.block.end = line.end;
    const item = this.open("listItem", list.block, line.start, line.end);
    this.open("paragraph", item, contentStart, line.end);
    this.scanLine(contentStart, line.end);
    this.previous = "item";
  }

  private readQuoteLine(line: Line): void {
    if (this.previous === "item") throw NOT_SIMPLE;
    const contentStart = line.start + 2;
    if (BLOCK_START.test(line.text.slice(2))) throw NOT_SIMPLE;
    this.scanLine(contentStart, line.end);
    if (this.previous === "quote") {
      this.quote!.end = line.end;
      this.quote!.parent!.end = line.end;
      return;
    }
    this.closeParagraph();
    this.list = undefined;
    const quote = this.open("blockquote", this.root, line.start, line.end);
    this.quote = this.open("paragraph", quote, contentStart, line.end);
    this.previous = "quote";
  }

  /** A root paragraph's inline nodes as mdast has them: text runs merged across lines, hard breaks ending after their line ending. */
  private closeParagraph(): void {
    const open = this.paragraph;
    if (!open) return;
    this.paragraph = undefined;
    const inline: Inline[] = [];
    const text = (start: number, end: number) => {
      const last = inline[inline.length - 1];
      if (last?.type === "text") {
        last.end = end;
        last.source += this.text.slice(start, end);
      } else {
        inline.push({ type: "text", start, end, source: this.text.slice(start, end) });
      }
    };
    open.lines.forEach((line, n) => {
      const contentEnd = trimSpacesEnd(this.text, line.start, line.end);
      for (const node of this.scanLine(line.start + line.indent.length, line.end)) {
        if (node.type === "text") text(node.start, node.end);
        else inline.push(node);
      }
      if (n === open.lines.length - 1) return;
      const eolEnd = line.end + line.eol.length;
      if (line.end - contentEnd >= 2) inline.push({ type: "other", start: contentEnd, end: eolEnd, source: "" });
      else text(line.end, eolEnd);
    });
    open.block.inline = inline;
  }

  /**
   * The inline content of one line, [from, to): `**strong**` pairs, links and
   * the text between, with each link's non-prose part recorded. Anything that
   * could be other inline syntax is NOT_SIMPLE.
   */
  private scanLine(from: number, to: number): Inline[] {
    const s = this.text;
    const end = trimSpacesEnd(s, from, to);
    // Text nodes come without their source: only a root paragraph's need it, and closeParagraph adds it.
    const nodes: Inline[] = [];
    let textStart = from;
    let strongAt: number | undefined;
    const flushText = (until: number) => {
      if (strongAt === undefined && until > textStart) nodes.push({ type: "text", start: textStart, end: until, source: "" });
    };
    for (let i = from; i < end; ) {
      const c = s[i];
      if (c === "*") {
        if (s[i + 1] !== "*" || s[i + 2] === "*") throw NOT_SIMPLE;
        const before = classifyCharacter(i > from ? s.charCodeAt(i - 1) : null);
        const after = classifyCharacter(i + 2 < end ? s.charCodeAt(i + 2) : null);
        const opens = after !== 1 && (after !== 2 || before !== undefined);
        const closes = before !== 1 && (before !== 2 || after !== undefined);
        if (opens === closes) throw NOT_SIMPLE;
        if (opens) {
          if (strongAt !== undefined) throw NOT_SIMPLE;
          flushText(i);
          strongAt = i;
        } else {
          if (strongAt === undefined) throw NOT_SIMPLE;
          nodes.push({ type: "strong", start: strongAt, end: i + 2, source: "", inner: { start: strongAt + 2, end: i } });
          strongAt = undefined;
          textStart = i + 2;
        }
        i += 2;
      } else if (c === "[") {
        const link = this.link(i, end);
        if (link === undefined) {
          i++;
          continue;
        }
        flushText(i);
        if (strongAt === undefined) nodes.push({ type: "other", start: i, end: link, source: "" });
        textStart = link;
        i = link;
      } else if (c === "`") {
        // A one-backtick code span: its content is literal, and it ends at the next backtick of the line.
        const close = s.indexOf("`", i + 1);
        if (close < 0 || close >= end || close === i + 1) throw NOT_SIMPLE;
        flushText(i);
        if (strongAt === undefined) nodes.push({ type: "other", start: i, end: close + 1, source: "" });
        this.nonProse.push({ start: i, end: close + 1 });
        textStart = close + 1;
        i = close + 1;
      } else if (c === "_") {
        // Only `_` between two letters or digits (snake_case, a Liquid variable) can neither open nor close emphasis.
        let run = i;
        while (s[run] === "_") run++;
        const before = classifyCharacter(i > from ? s.charCodeAt(i - 1) : null);
        const after = classifyCharacter(run < end ? s.charCodeAt(run) : null);
        if (before !== undefined || after !== undefined) throw NOT_SIMPLE;
        i = run;
      } else if (c === "!" && s[i + 1] === "[") {
        throw NOT_SIMPLE;
      } else {
        i++;
      }
    }
    if (strongAt !== undefined) throw NOT_SIMPLE;
    flushText(end);
    return nodes;
  }

  /**
   * `[` at `at`: where a `[text](url)` link it starts ends, or undefined when
   * it starts none and the bracket is text (no posting with a `]:`, where a
   * definition could make it a reference, comes this far); anything less
   * plain is NOT_SIMPLE.
   */
  private link(at: number, end: number): number | undefined {
    const s = this.text;
    const close = s.indexOf("]", at + 1);
    // A label may run on to a later line of the paragraph.
    if (close < 0 || close >= end) throw NOT_SIMPLE;
    const label = s.slice(at + 1, close);
    // A code span in the text may hide the `]` that really ends it.
    if (label.includes("[") || label.includes("`")) throw NOT_SIMPLE;
    if (s[close + 1] !== "(") return undefined;
    const paren = s.indexOf(")", close + 2);
    if (paren < 0 || paren >= end) throw NOT_SIMPLE;
    const url = s.slice(close + 2, paren);
    // Only printable ASCII: a destination ends at a space or a control character, not at other white space.
    if (url.trim() === "" || /^ | $|[^\x20-\x7e]|[()<>&[\]"'`\\]/.test(url)) throw NOT_SIMPLE;
    // A space inside the parentheses, with no title: no link, and the brackets are text.
    if (url.includes(" ")) return undefined;
    if (label === "" || /[*!`_]/.test(label)) throw NOT_SIMPLE;
    // mdast's rule, as the outline applies it: a link whose text is its own URL is all destination.
    this.nonProse.push({ start: decodeString(label) === decodeString(url) ? at : close, end: paren + 1 });
    return paren + 1;
  }

  private open(type: BlockType, parent: Block, start: number, end: number): Block {
    const block: Block = { type, start, end, children: [], parent };
    parent.children.push(block);
    this.blocks.push(block);
    return block;
  }
}

function trimSpacesEnd(s: string, from: number, to: number): number {
  while (to > from && s[to - 1] === " ") to--;
  return to;
}
