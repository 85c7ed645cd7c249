import type { Element } from "hast";
import { BOLD_HEADING_LEVEL, markBoldTitle, MAX_BOLD_HEADING_WORDS } from "../bold-heading.js";
import type { ItemDraft, Structure } from "../draft.js";
import { classifyCase } from "../heading-case.js";
import type { LineIndex } from "../lines.js";
import { matchListMarker } from "../list-marker.js";
import { matchKeyValue } from "../metadata.js";
import { trailingColonStart } from "../scan.js";
import { isSectionName } from "../section-kind.js";
import { splitSentences } from "../sentences.js";
import type { Field, Heading, HeadingMarkup, Range } from "../types.js";
import { HEADING_LEVEL } from "./elements.js";
import type { HtmlBlock, HtmlText } from "./text-blocks.js";
import { nodeRange } from "./walk.js";

type BlockStructure = Pick<Structure, "headings" | "items" | "metadata">;

/**
 * The posting structure of an HTML text, from its blocks: `<h1>`-`<h6>` are
 * headings, a paragraph of nothing but bold words (or a known section name)
 * is a heading, a list item's text is an item, a `Key: value` line is
 * metadata, `<br>`-separated lines are lines and any other paragraph is
 * sentences. Every range is mapped from the view back to the source.
 */
export function blocksToStructure(html: HtmlText, source: string, index: LineIndex): BlockStructure {
  const reader = new StructureReader(html, source, index);
  for (const block of html.blocks) reader.block(block);
  markBoldTitle(reader.out);
  return reader.out;
}

const SENTENCE_END = /[.!?]["'”’)]*$/;

class StructureReader {
  readonly out: BlockStructure = { headings: [], items: [], metadata: [] };
  private readonly seen = new Set<Element>();
  private readonly text: string;

  constructor(
    private readonly html: HtmlText,
    private readonly source: string,
    private readonly index: LineIndex,
  ) {
    this.text = html.view.text;
  }

  block(block: HtmlBlock): void {
    const owner = block.heading ?? block.li;
    const first = owner !== undefined && !this.seen.has(owner);
    if (owner) this.seen.add(owner);
    if (block.heading && first) {
      this.out.headings.push(this.heading(block.view, "element", HEADING_LEVEL[block.heading.tagName]!, nodeRange(block.heading)));
      return;
    }
    if (block.li && first && !block.heading) {
      this.out.items.push(this.item("list-item", block.view, block));
      return;
    }
    const several = block.lines.length > 1;
    for (const line of block.lines) this.line(block, line, several);
  }

  /** One line of a block: a bold or section-name heading, metadata, a bulleted line, a line, or sentences. */
  private line(block: HtmlBlock, line: Range, several: boolean): void {
    const words = this.text.slice(line.start, line.end);
    if (!block.heading && this.isHeadingLine(block, line, words)) {
      const bold = block.bold.some((b) => covers(this.text, b, line));
      const whole = !several ? this.ownElement(block) : undefined;
      this.out.headings.push(this.heading(line, bold ? "bold" : "plain", BOLD_HEADING_LEVEL, whole));
      return;
    }
    const field = matchKeyValue(words, line.start, 0);
    if (field && !block.li) {
      this.out.metadata.push(this.field(field));
      return;
    }
    const marker = matchListMarker(words);
    if (marker && marker.length < words.length) {
      this.out.items.push(this.item("list-item", { start: line.start + marker.length, end: line.end }, block, marker.marker));
      return;
    }
    if (several) {
      this.out.items.push(this.item("line", line, block));
      return;
    }
    for (const sentence of splitSentences(this.text, line.start, line.end)) this.out.items.push(this.item("sentence", sentence, block));
  }

  /** Short, unpunctuated and either all bold or a known section name ("Requirements:", "About Us"). */
  private isHeadingLine(block: HtmlBlock, line: Range, words: string): boolean {
    const plain = words.replace(/[:：]\s*$/, "").trim();
    if (plain === "" || plain.split(/\s+/).length > MAX_BOLD_HEADING_WORDS || SENTENCE_END.test(plain)) return false;
    if (!/\p{L}/u.test(plain)) return false;
    return block.bold.some((b) => covers(this.text, b, line)) || (isSectionName(plain) && !block.li);
  }

  private heading(view: Range, markup: HeadingMarkup, level: number, element: Range | undefined): Heading {
    const { view: map } = this.html;
    const raw = this.text.slice(view.start, view.end);
    const colonAt = trailingColonStart(raw);
    const wordsEnd = colonAt >= 0 ? view.start + colonAt : view.end;
    const textRange = { start: map.sourceStart(view.start), end: map.sourceEnd(wordsEnd) };
    const range = element ?? { start: textRange.start, end: map.sourceEnd(view.end) };
    const words = this.text.slice(view.start, wordsEnd).replace(/\s+/g, " ").trim();
    return {
      range,
      text: words,
      textRange,
      line: this.index.lineAt(range.start).number,
      level,
      indent: "",
      markup,
      case: classifyCase(words).case,
      colon: colonAt >= 0,
      ...(colonAt >= 0 ? { colonRange: { start: map.sourceStart(view.end - 1), end: map.sourceEnd(view.end) } } : {}),
    };
  }

  private item(kind: ItemDraft["kind"], view: Range, block: HtmlBlock, marker?: string): ItemDraft {
    const { view: map } = this.html;
    const range = { start: map.sourceStart(view.start), end: map.sourceEnd(view.end) };
    // A sentence that is its paragraph's whole text, or a list item, can go with the lines of its element.
    const whole = (kind === "sentence" && block.lines.length === 1 && covers(this.text, view, block.view)) || (kind === "list-item" && !marker);
    const lineRange = whole ? this.ownLines(block) : undefined;
    return {
      kind,
      range,
      text: this.text.slice(view.start, view.end),
      line: this.index.lineAt(range.start).number,
      endLine: this.index.lineAt(Math.max(range.start, range.end - 1)).number,
      ...(marker ? { marker } : {}),
      ...(lineRange ? { lineRange } : {}),
    };
  }

  private field(f: Field): Field {
    const { view: map } = this.html;
    const range = { start: map.sourceStart(f.range.start), end: map.sourceEnd(f.range.end) };
    return {
      key: f.key,
      value: f.value,
      line: this.index.lineAt(range.start).number,
      range,
      valueRange: { start: map.sourceStart(f.valueRange.start), end: map.sourceEnd(f.valueRange.end) },
    };
  }

  /** The block's element, when the block is all the text it holds. */
  private ownElement(block: HtmlBlock): Range | undefined {
    const container = block.container;
    const span = container && this.html.spans.get(container);
    if (!container || !span || span.start !== block.view.start || span.end > block.view.end + 1) return undefined;
    return nodeRange(container);
  }

  /**
   * The source lines of the block's element, when the element stands alone on
   * them and holds nothing but this block: removing them removes the element
   * whole (a duplicate `<li>` on a line of its own).
   */
  private ownLines(block: HtmlBlock): Range | undefined {
    const element = this.ownElement(block);
    if (!element) return undefined;
    const first = this.index.lineAt(element.start);
    const last = this.index.lineAt(Math.max(element.start, element.end - 1));
    const before = this.source.slice(first.start, element.start);
    const after = this.source.slice(element.end, last.end);
    if (before.trim() !== "" || after.trim() !== "") return undefined;
    return { start: first.start, end: last.end + last.eol.length };
  }
}

/** Whether the view range `outer` holds all of `inner`'s words (white space at either end aside). */
function covers(text: string, outer: Range, inner: Range): boolean {
  let start = inner.start;
  let end = inner.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s:：]/.test(text[end - 1]!)) end--;
  let from = outer.start;
  while (from < outer.end && /\s/.test(text[from]!)) from++;
  return from <= start && outer.end >= end;
}
