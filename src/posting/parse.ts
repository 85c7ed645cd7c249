import type { Structure } from "./draft.js";
import { findFrontMatter } from "./front-matter.js";
import { detectFormat } from "./format.js";
import { LineIndex, splitLines } from "./lines.js";
import { findCommentRanges, findTemplateRanges, findUrlRanges } from "./non-prose.js";
import { findPay } from "./pay.js";
import { readerFor } from "./readers.js";
import { complementRanges, containsOffset, findRange, mergeRanges } from "./ranges.js";
import { buildSections } from "./sections.js";
import { extractStatements, fieldItems } from "./statements.js";
import { findTemplateBranches } from "./template-branches.js";
import type { Format, FrontMatter, Heading, Line, Posting, Range } from "./types.js";

export interface ParseOptions {
  /** Decides the format by extension when `format` is not given. */
  filePath?: string;
  format?: Format;
}

/** Builds the Posting model in one pass over the lines (plus the mdast or hast walk for Markdown and HTML). */
export function parsePosting(text: string, options: ParseOptions = {}): Posting {
  const format = options.format ?? detectFormat(options.filePath, text);
  const lines = splitLines(text);
  const index = new LineIndex(lines);
  const frontMatter = format === "json" ? undefined : findFrontMatter(text);
  const comments = mergeRanges([...findCommentRanges(text), ...(frontMatter ? [frontMatter.range] : [])]);
  const templateSpans = findTemplateRanges(text);
  const hidden = mergeRanges([...comments, ...templateSpans]);
  const structure: Structure = readerFor(format)({ text, lines, index, hidden });
  const shared: Shared = { text, lines, index, comments, templateSpans, hidden, urls: findUrlRanges(text) };
  const posting = assemble(format, structure, shared, frontMatter);
  // An embedded posting (a JSON-LD description) is HTML whatever its host: rules read it as they read a page.
  const embedded = (structure.embedded ?? []).map((s) => assemble("html", s, shared, undefined));
  if (embedded.length > 0) posting.embedded = embedded;
  return posting;
}

/** What every posting read from one text shares. */
interface Shared {
  text: string;
  lines: Line[];
  index: LineIndex;
  comments: Range[];
  templateSpans: Range[];
  hidden: Range[];
  urls: Range[];
}

function assemble(format: Format, structure: Structure, shared: Shared, frontMatter: FrontMatter | undefined): Posting {
  const { text, lines, comments, templateSpans, hidden } = shared;
  const nonProse = mergeRanges([...hidden, ...structure.nonProse, ...shared.urls]);
  const notContent = mergeRanges([...hidden, ...structure.nonProse]);
  const headings = structure.headings
    .filter((h) => !isCovered(notContent, h.textRange))
    .sort((a, b) => a.range.start - b.range.start);
  const drafts = structure.items.filter((item) => !isCovered(notContent, item.range));
  const metadata = structure.metadata.filter((f) => !containsOffset(notContent, f.range.start));
  const titleHeading = headings.find((h) => h.level === 1);
  const { sections, items } = buildSections(headings, drafts, text.length, titleHeading, metadata);

  const posting: Posting = {
    text,
    format,
    lines,
    ...(frontMatter ? { frontMatter } : {}),
    metadata,
    headings,
    sections,
    items,
    // statements and pay: replaced below by getters that build them when first read.
    statements: [],
    branches: findTemplateBranches(text),
    pay: { figures: [], vague: [], templates: [] },
    prose: complementRanges(nonProse, text.length),
    nonProse,
    templates: templateSpans.filter((r) => !containsOffset(comments, r.start)),
    structuralIndent: mergeRanges(structure.structuralIndent),
    ...(structure.tree ? { tree: structure.tree } : {}),
    ...(structure.outline ? { outline: structure.outline } : {}),
    ...(structure.view ? { view: structure.view } : {}),
    ...(structure.markup ? { markup: structure.markup } : {}),
    ...(structure.htmlProblems ? { htmlProblems: structure.htmlProblems } : {}),
    ...(structure.structuredData ? { structuredData: structure.structuredData } : {}),
    ...(structure.origin ? { origin: structure.origin } : {}),
  };
  const title = findTitle(posting, titleHeading);
  if (title) posting.title = title;
  // Built the first time a rule reads them, so a run of a few rules (an editor, `--rule`, a plugin-only
  // config) does not pay for the requirement and pay readers; no built-in rule reads the tree, plugins may.
  if (structure.loadTree) defineLazy(posting, "tree", structure.loadTree);
  defineLazy(posting, "statements", () => extractStatements(items, posting.view, fieldItems(metadata, sections, text, posting.view)));
  defineLazy(posting, "pay", () => findPay(posting));
  return posting;
}

/** `posting[key]`, computed by `load` the first time it is read and kept; assigning replaces it. */
function defineLazy<K extends keyof Posting>(posting: Posting, key: K, load: () => Posting[K]): void {
  const keep = (value: Posting[K]) => Object.defineProperty(posting, key, { value, configurable: true, enumerable: true, writable: true });
  Object.defineProperty(posting, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      keep(value);
      return value;
    },
    set: keep,
  });
}

/** Whether every non-blank character of `range` lies in `covered`. */
function isCovered(covered: readonly Range[], range: Range): boolean {
  const i = findRange(covered, range.start);
  return i >= 0 && covered[i]!.end >= range.end;
}

const TITLE_KEY = /(?:^|\s)(?:title|position)$/i;

/** The title: front matter `title:`, a `Title:`/`Position:` metadata line, or the first level-1 heading. */
function findTitle(posting: Posting, titleHeading: Heading | undefined): Posting["title"] {
  const fm = posting.frontMatter;
  if (fm?.data.title) {
    const at = posting.text.indexOf(fm.data.title, fm.range.start);
    const start = at >= 0 && at < fm.range.end ? at : 0;
    return { text: fm.data.title, range: { start, end: start + fm.data.title.length }, line: lineOf(posting, start) };
  }
  const field = posting.metadata.find((f) => TITLE_KEY.test(f.key.trim()));
  if (field) return { text: field.value, range: field.valueRange, line: field.line };
  if (titleHeading) return { text: titleHeading.text, range: titleHeading.textRange, line: titleHeading.line };
  return undefined;
}

function lineOf(posting: Posting, offset: number): number {
  return new LineIndex(posting.lines).lineAt(offset).number;
}
