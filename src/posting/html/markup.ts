import type { Element, Root } from "hast";
import { mergeRanges } from "../ranges.js";
import type { Range, SyntaxProblem } from "../types.js";
import { NOT_POSTING_TEXT, OPTIONAL_END, RAW_TEXT, VOID } from "./elements.js";
import { nodeRange, SKIP, tagRanges, walkTree } from "./walk.js";

export interface MarkupMap {
  /** Tags, comments and the doctype as written. Sorted, disjoint. */
  tags: Range[];
  /** Whole elements that are not posting text (script, pre, nav, ...). Sorted, disjoint. */
  notText: Range[];
  /** Raw-text elements (script, style, ...), whole: a fix never reaches into them. Sorted, disjoint. */
  raw: Range[];
  /** The content of each `<script type="application/ld+json">`, in document order. */
  jsonLd: Range[];
  /** Elements left open and tags the parser had to ignore. */
  problems: SyntaxProblem[];
  /** Where the tag cut off by the end of the text starts. */
  cutAt?: number;
}

/**
 * Where every tag stands, which elements hold no posting text, and what is
 * malformed: one walk plus one scan. `tagCutOff`: the tokenizer found a tag
 * cut off by the end of the text.
 */
export function collectMarkup(tree: Root, source: string, tagCutOff = false): MarkupMap {
  const tags: Range[] = [];
  const notText: Range[] = [];
  const raw: Range[] = [];
  const jsonLd: Range[] = [];
  const problems: SyntaxProblem[] = [];
  const unclosed = new Set<number>();
  walkTree(tree, (node) => {
    if (node.type === "comment" || node.type === "doctype") {
      const r = nodeRange(node);
      if (r) tags.push(r);
      return SKIP;
    }
    if (node.type !== "element") return undefined;
    const { opening, closing } = tagRanges(node);
    if (opening) tags.push(opening);
    if (closing) tags.push(closing);
    // The parser re-opens a formatting element left open (`<b>`) after each block it crosses: those copies share its start tag.
    if (opening && !closing && !VOID.has(node.tagName) && !OPTIONAL_END.has(node.tagName) && !unclosed.has(opening.start)) {
      unclosed.add(opening.start);
      problems.push({ message: `HTML: <${node.tagName}> is never closed`, range: opening });
    }
    if (!NOT_POSTING_TEXT.has(node.tagName)) return undefined;
    const whole = nodeRange(node);
    if (whole) {
      notText.push(whole);
      if (RAW_TEXT.has(node.tagName)) raw.push(whole);
    }
    const content = isJsonLdScript(node) ? contentRange(node, opening, closing) : undefined;
    if (content) jsonLd.push(content);
    // Raw text has no tags; other containers (head, nav, footer) hold tags, and JSON-LD scripts, of their own.
    return RAW_TEXT.has(node.tagName) ? SKIP : undefined;
  });
  const merged = mergeRanges(tags);
  const covered = mergeRanges([...merged, ...notText]);
  // A tag cut off by the end of the text swallowed everything after it: it starts at the first tag opening past the last tag the parser kept.
  const cutAt = tagCutOff ? firstTagOpening(source, covered[covered.length - 1]?.end ?? 0) : undefined;
  for (const problem of strayTags(source, covered, cutAt ?? source.length)) problems.push(problem);
  return { tags: merged, notText: mergeRanges(notText), raw: mergeRanges(raw), jsonLd, problems, ...(cutAt !== undefined ? { cutAt } : {}) };
}

function isJsonLdScript(node: Element): boolean {
  const type = node.properties.type;
  return node.tagName === "script" && typeof type === "string" && type.trim().toLowerCase() === "application/ld+json";
}

/** Between the start tag and the end tag (to the end of the text when the end tag is missing). */
function contentRange(node: Element, opening: Range | undefined, closing: Range | undefined): Range | undefined {
  const whole = nodeRange(node);
  if (!opening || !whole) return undefined;
  return { start: opening.end, end: closing ? closing.start : whole.end };
}

const TAG_OPEN = /<[A-Za-z/]/g;
/** How far a stray tag's name is quoted. */
const QUOTE_REACH = 40;

/**
 * Tags the parser ignored: every tag it used is in `covered`, so `<` plus a
 * letter or a slash anywhere else is one it dropped (a stray `</span>`, a
 * second `<body>`). One pass over the text with a cursor over the covered spans.
 */
function strayTags(source: string, covered: readonly Range[], end: number): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  let c = 0;
  TAG_OPEN.lastIndex = 0;
  for (let m = TAG_OPEN.exec(source); m && m.index < end; m = TAG_OPEN.exec(source)) {
    while (c < covered.length && covered[c]!.end <= m.index) c++;
    const span = covered[c];
    if (span && span.start <= m.index) {
      TAG_OPEN.lastIndex = span.end;
      continue;
    }
    const close = source.indexOf(">", m.index);
    if (close < 0) break;
    const to = close - m.index > QUOTE_REACH ? Math.min(source.length, m.index + QUOTE_REACH) : close + 1;
    const tag = source.slice(m.index, to);
    const message = tag.startsWith("</") ? `HTML: stray end tag ${tag}: no element it closes is open` : `HTML: tag ${tag} is out of place and ignored`;
    out.push({ message, range: { start: m.index, end: to } });
    TAG_OPEN.lastIndex = to;
  }
  return out;
}

function firstTagOpening(source: string, from: number): number | undefined {
  TAG_OPEN.lastIndex = from;
  return TAG_OPEN.exec(source)?.index;
}
