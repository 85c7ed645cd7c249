import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { decodeString } from "micromark-util-decode-string";
import type { ItemDraft, Structure } from "./draft.js";
import { classifyCase, startsWithValue } from "./heading-case.js";
import type { LineIndex } from "./lines.js";
import { NO_INDENTED_CODE, readOutline } from "./markdown-outline.js";
import { listDepth, type Block, type Inline } from "./outline.js";
import { matchKeyValue } from "./metadata.js";
import { BOLD_HEADING_LEVEL, markBoldTitle, MAX_BOLD_HEADING_WORDS } from "./bold-heading.js";
import { stripInlineMarkup } from "./compare-text.js";
import { startWithout, trailingColonStart, trimBlankEnd } from "./scan.js";
import { splitSentences } from "./sentences.js";
import type { Field, Heading, Line } from "./types.js";

/** The outline's syntax for the mdast too: a tab- or space-indented line stays prose. */
function remarkNoIndentedCode(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(NO_INDENTED_CODE);
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml", "toml"]).use(remarkNoIndentedCode).freeze();

/** The mdast of a Markdown posting: plugins' `posting.tree`, built only when one asks. */
export function parseMarkdownTree(text: string): Root {
  return processor.parse(text);
}

export function readMarkdown(text: string, lines: readonly Line[], index: LineIndex): Structure {
  const { outline, nonProse } = readOutline(text, lines);
  const structure: Structure = {
    headings: [],
    items: [],
    metadata: [],
    nonProse,
    structuralIndent: [],
    outline,
    loadTree: () => parseMarkdownTree(text),
  };
  // Blocks come parent first, in document order: the order an mdast walk visits them in.
  for (const block of outline.blocks) {
    switch (block.type) {
      case "heading":
        structure.headings.push(markdownHeading(block, text, index));
        break;
      case "listItem":
        readListItem(block, text, lines, index, structure);
        break;
      case "paragraph": {
        const parent = block.parent!;
        // A list item's first paragraph is the item itself (read with the list item).
        if (parent.type === "listItem" && parent.children[0] === block) break;
        const heading = block.inline ? boldLineHeading(block, block.inline, text, index) : undefined;
        if (heading) structure.headings.push(heading);
        else readParagraph(block, text, lines, index, structure);
        break;
      }
      default:
        break;
    }
  }
  markBoldTitle(structure);
  return structure;
}

function markdownHeading(block: Block, text: string, index: LineIndex): Heading {
  const nodeStart = block.start;
  const nodeEnd = block.end;
  const line = index.lineAt(nodeStart);
  const endLine = index.lineAt(nodeEnd - 1);
  const isSetext = endLine.number > line.number && /^[ \t]*(=+|-+)[ \t]*$/.test(endLine.text);
  let contentStart = block.content ? block.content.start : nodeEnd;
  let contentEnd = block.content ? block.content.end : nodeEnd;
  if (!block.content) contentStart = contentEnd = isSetext ? line.end : nodeEnd;
  const raw = text.slice(contentStart, contentEnd);
  const colonAt = trailingColonStart(raw);
  const colonMatch = colonAt >= 0 ? { length: raw.length - colonAt } : null;
  const wordsEnd = colonMatch ? contentEnd - colonMatch.length : contentEnd;
  const words = text.slice(contentStart, wordsEnd);
  const caseInfo = classifyCase(stripInlineMarkup(words), startsWithValue(words));
  const headingEnd = isSetext ? index.lineAt(contentEnd - 1).end : nodeEnd;
  return {
    range: { start: nodeStart, end: headingEnd },
    text: stripInlineMarkup(words),
    textRange: { start: contentStart, end: wordsEnd },
    line: line.number,
    level: block.depth!,
    indent: line.indent,
    markup: isSetext ? "setext" : "atx",
    case: caseInfo.case,
    colon: colonMatch !== null,
    ...(colonMatch ? { colonRange: { start: contentEnd - 1, end: contentEnd } } : {}),
    ...(isSetext ? { underlineLine: endLine.number } : {}),
  };
}

/** `**Requirements**`, `**Requirements:**` or `**Requirements**:` alone on one line, introducing a section. */
function boldLineHeading(block: Block, inline: readonly Inline[], text: string, index: LineIndex): Heading | undefined {
  const children = inline.filter((c) => !(c.type === "text" && decodeString(c.source).trim() === ""));
  const strong = children[0];
  if (!strong || strong.type !== "strong") return undefined;
  const trailing = children[1];
  if (children.length > 2 || (trailing && !(trailing.type === "text" && /^[ \t]*[:：][ \t]*$/.test(decodeString(trailing.source))))) return undefined;
  const nodeStart = block.start;
  const nodeEnd = block.end;
  const line = index.lineAt(nodeStart);
  if (index.lineAt(nodeEnd - 1).number !== line.number) return undefined;
  const inner = strong.inner ?? { start: strong.start + 2, end: strong.start + 2 };
  const raw = text.slice(inner.start, inner.end);
  const colonAt = trailingColonStart(raw);
  const colonInside = colonAt >= 0 ? { length: raw.length - colonAt } : null;
  const wordsEnd = colonInside ? inner.end - colonInside.length : inner.end;
  const words = stripInlineMarkup(text.slice(inner.start, wordsEnd)).trim();
  if (words === "" || words.split(/\s+/).length > MAX_BOLD_HEADING_WORDS) return undefined;
  if (/[.!?]["'”’)]*$/.test(words)) return undefined;
  const colon = colonInside !== null || trailing !== undefined;
  const colonRange = colonInside ? { start: inner.end - 1, end: inner.end } : trailing ? { start: trailing.end - 1, end: trailing.end } : undefined;
  const caseInfo = classifyCase(words, startsWithValue(raw));
  return {
    range: { start: nodeStart, end: nodeEnd },
    text: words,
    textRange: { start: inner.start, end: wordsEnd },
    line: line.number,
    level: BOLD_HEADING_LEVEL,
    indent: line.indent,
    markup: "bold",
    case: caseInfo.case,
    colon,
    ...(colonRange ? { colonRange } : {}),
  };
}

function readListItem(block: Block, text: string, lines: readonly Line[], index: LineIndex, structure: Structure): void {
  const depth = listDepth(block);
  const itemStart = block.start;
  const itemEnd = block.end;
  const firstLine = index.lineAt(itemStart);
  const lastLine = index.lineAt(Math.max(itemStart, itemEnd - 1));
  // Indentation inside a list item (and before a nested item) is list structure, not a stray tab.
  for (let n = depth > 1 ? firstLine.number : firstLine.number + 1; n <= lastLine.number; n++) {
    const l = lines[n - 1]!;
    if (l.indent.length > 0) structure.structuralIndent.push({ start: l.start, end: l.start + l.indent.length });
  }
  const paragraph = block.children[0];
  if (!paragraph || paragraph.type !== "paragraph") return;
  const pStart = paragraph.start;
  const pEnd = paragraph.end;
  const markerText = text.slice(itemStart, pStart).trim();
  const pEndLine = index.lineAt(pEnd - 1);
  const soleChild = block.children.length === 1;
  structure.items.push({
    kind: "list-item",
    range: { start: pStart, end: pEnd },
    text: text.slice(pStart, pEnd),
    line: index.lineAt(pStart).number,
    endLine: pEndLine.number,
    marker: markerText.split(/\s/)[0] ?? markerText,
    ...(soleChild ? { lineRange: { start: firstLine.start, end: pEndLine.end + pEndLine.eol.length } } : {}),
  });
}

/** Splits a paragraph into metadata lines (`**Location:** Remote`, `Salary: ...`) and sentence items. */
function readParagraph(block: Block, text: string, lines: readonly Line[], index: LineIndex, structure: Structure): void {
  const pStart = block.start;
  const pEnd = block.end;
  const firstLine = index.lineAt(pStart).number;
  const lastLine = index.lineAt(pEnd - 1).number;
  let chunkStart = pStart;
  for (let n = firstLine; n <= lastLine; n++) {
    const line = lines[n - 1]!;
    const field = metadataLine(line, lines[n], n < lastLine);
    if (!field) continue;
    pushSentences(text, chunkStart, Math.max(chunkStart, line.start), index, structure);
    structure.metadata.push(field);
    const consumed = field.valueRange.end > line.end ? lines[n]! : line;
    if (consumed !== line) n++;
    chunkStart = Math.min(pEnd, consumed.end + consumed.eol.length);
  }
  pushSentences(text, chunkStart, pEnd, index, structure);
}

// linear-regex: bounded input, applied to the first LABEL_REACH characters of a line only
const BOLD_LABEL = /^([ \t]*)(?:\*\*|__)([^*_\n]{1,60}?)[ \t]*:[ \t]*(?:\*\*|__)[ \t]*:?/;
const LABEL_REACH = 100;

/** `**Label:** value`, `**Label:**` with the value on the next line of the paragraph, or `Key: value`. */
function metadataLine(line: Line, next: Line | undefined, hasNext: boolean): Field | undefined {
  const bold = BOLD_LABEL.exec(line.text.slice(0, LABEL_REACH));
  if (bold) {
    const keyStart = line.start + line.text.indexOf(bold[2]!);
    const key = bold[2]!.trim();
    const valueOffset = startWithout(line.text, undefined, bold[0].length);
    const value = trimBlankEnd(line.text.slice(valueOffset));
    if (value !== "") {
      return field(key, value, line.number, keyStart, line.start + valueOffset, line.start + valueOffset + value.length);
    }
    if (hasNext && next) {
      const value = next.text.trim();
      const valueStart = next.start + next.indent.length;
      return field(key, value, line.number, keyStart, valueStart, valueStart + value.length);
    }
    return undefined;
  }
  return matchKeyValue(line.text, line.start, line.number);
}

function field(key: string, value: string, line: number, keyStart: number, valueStart: number, end: number): Field {
  return { key, value, line, range: { start: keyStart, end }, valueRange: { start: valueStart, end: valueStart + value.length } };
}

/** Whether `**` and `__` come in pairs in a sentence. */
function closesItsEmphasis(sentence: string): boolean {
  return sentence.split("**").length % 2 === 1 && sentence.split("__").length % 2 === 1;
}

function pushSentences(text: string, start: number, end: number, index: LineIndex, structure: Structure): void {
  if (end <= start) return;
  for (const r of splitSentences(text, start, end)) {
    const item: ItemDraft = {
      kind: "sentence",
      range: r,
      text: text.slice(r.start, r.end),
      line: index.lineAt(r.start).number,
      endLine: index.lineAt(r.end - 1).number,
    };
    const first = index.lineAt(r.start);
    const last = index.lineAt(r.end - 1);
    // A sentence that fills its lines alone can be removed with them, unless it holds one end of an emphasis span
    // that runs across sentences ("...improvement.\nThis experience must include:**"): the other end would be left open.
    if (text.slice(first.start, r.start).trim() === "" && text.slice(r.end, last.end).trim() === "" && closesItsEmphasis(item.text)) {
      item.lineRange = { start: first.start, end: last.end + last.eol.length };
    }
    structure.items.push(item);
  }
}
