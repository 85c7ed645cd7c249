import type { MarkdownOutline } from "./outline.js";

/**
 * The Posting model: what every rule reads. Offsets are UTF-16 code units into
 * `Posting.text` (the source without its BOM), ends exclusive; line numbers and
 * columns are 1-based.
 */

export interface Range {
  start: number;
  end: number;
}

/** `json` is a standalone JSON-LD file: its JobPosting's HTML description is the posting text. */
export type Format = "markdown" | "text" | "html" | "json";

export type LineEnding = "\n" | "\r\n" | "\r" | "";

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before the line ending. */
  end: number;
  text: string;
  /** Leading spaces and tabs. */
  indent: string;
  eol: LineEnding;
}

/** `element`: an HTML `<h1>`-`<h6>` element. */
export type HeadingMarkup = "atx" | "setext" | "bold" | "plain" | "banner" | "element";
export type HeadingCase = "title" | "sentence" | "upper" | "lower";

export interface Heading {
  /** The whole heading construct, markup included (for setext: the text line only). */
  range: Range;
  /** The heading's words, without markup, indentation or trailing colon. */
  text: string;
  /** Where `text` stands in the source. */
  textRange: Range;
  line: number;
  /** 1-6 for ATX/setext; bold lines rank below every ATX level (7); plain text 1-2. */
  level: number;
  /** Leading white space of the heading line (plain text; empty in HTML, where indentation is not visible). */
  indent: string;
  markup: HeadingMarkup;
  case: HeadingCase;
  colon: boolean;
  /** Where the trailing colon stands, if any. */
  colonRange?: Range;
  /** For setext headings, the underline's line number. */
  underlineLine?: number;
}

export type SectionKind =
  | "required"
  | "preferred"
  | "responsibilities"
  | "compensation"
  | "education"
  | "experience"
  | "skills"
  | "about"
  | "summary"
  | "other";

export interface Section {
  heading?: Heading;
  kind: SectionKind;
  /** From the heading (or the start of the posting) to the start of the next section that is not nested in it. */
  range: Range;
  /** Items directly in this section (not in child sections). */
  items: Item[];
  children: Section[];
  parent?: Section;
  /** Heading level; 0 for the preamble before any heading. */
  level: number;
}

export type ItemKind = "list-item" | "line" | "sentence";

export interface Item {
  kind: ItemKind;
  /** The content range: list marker, indentation and line ending excluded. */
  range: Range;
  /**
   * The content text, as in the source (may span several lines for wrapped paragraphs).
   * In HTML and JSON-LD, as a reader sees it (tags dropped, references and escapes decoded,
   * white space collapsed): `range` still points into the source.
   */
  text: string;
  /** 1-based line of the first character. */
  line: number;
  endLine: number;
  /** The list marker as written ("-", "*", "•", "1."), when there is one. */
  marker?: string;
  /** Range of the whole source line(s) the item occupies, when the item is the only thing on them (line ending included). */
  lineRange?: Range;
  section: Section;
}

export interface Field {
  key: string;
  /** As written; in HTML and JSON-LD as a reader sees it (like `Item.text`). */
  value: string;
  line: number;
  range: Range;
  valueRange: Range;
}

export interface FrontMatter {
  range: Range;
  /** Top-level scalar fields (a flat `key: value` read; enough for title/salary). */
  data: Record<string, string>;
  /**
   * YAML plainly meant as front matter that a site generator does not read as
   * such: no opening `---` before its fields ("unopened"), or no closing one
   * after them ("unclosed"; the block ends at its last YAML line).
   */
  problem?: "unopened" | "unclosed";
}

/** A technology named in a statement, by its canonical name ("Go" for "Golang", "Kubernetes" for "K8s"). */
export interface TechnologyMention {
  name: string;
  range: Range;
}

export interface YearsFact {
  min: number;
  max?: number;
  range: Range;
  /** The technologies these years are of ("15+ years with Kubernetes and Docker"); absent when the years are of a field or of nothing named. */
  technologies?: TechnologyMention[];
  /** `technologies` are alternatives ("Go or Rust"): years of any one of them meet the requirement. */
  alternatives?: boolean;
  /** The years are to be served at a grade ("one year ... equivalent to the GS-14"): time in grade, not a total of experience. */
  atGrade?: boolean;
}

export type DegreeLevel = "high-school" | "associate" | "bachelor" | "master" | "doctorate";

export interface DegreeFact {
  level: DegreeLevel;
  fields: string[];
  range: Range;
  /** Experience may stand in for the degree ("or equivalent experience"). */
  orEquivalent?: boolean;
}

export interface Statement {
  item: Item;
  years?: YearsFact;
  /** Normalised field of the requirement; "general" when none. */
  field: string;
  degree?: DegreeFact;
  optional: boolean;
  /** Degree-tied OR alternatives share one group number. */
  alternativeGroup?: number;
  technologies: TechnologyMention[];
  /** Where the statement calls itself optional ("is a plus", "preferred", "nice to have"), whatever its section. */
  optionalCue?: Range;
  /** Where the statement calls itself required ("must", "is required", "mandatory"), whatever its section. */
  mandatoryCue?: Range;
  /** Where the statement says no degree is needed ("No degree required", "a degree is not necessary"). */
  noDegree?: Range;
}

export type PayPeriod = "hour" | "day" | "week" | "month" | "year";

/** A stated pay figure or range ("$28–$38 per hour", "USD 120k–150k", `salary_min`/`salary_max`). */
export interface PayFigure {
  /** Lower bound; equals `max` for a single figure. */
  min: number;
  /** Upper bound as written: a range whose `min` exceeds it is inverted. */
  max: number;
  isRange: boolean;
  /** A single figure with one open end: "up to $30 an hour", "$20/h and up", "from $50,000". */
  open?: "up-to" | "and-up";
  /** ISO 4217 code when written ("$" reads as USD). */
  currency?: string;
  period?: PayPeriod;
  /** Where it is written (in front matter: the field's value). */
  range: Range;
  line: number;
  source: "text" | "front-matter";
  text: string;
}

/** Pay talk without a figure: "competitive salary", "DOE", "Salary: TBD". */
export interface VaguePay {
  text: string;
  range: Range;
  line: number;
}

export interface PayFacts {
  figures: PayFigure[];
  vague: VaguePay[];
  /** Template tags that render pay from data the linter cannot see (`{% include job/salary_range.html %}`). */
  templates: VaguePay[];
}

/** One condition a template branch renders under: `page.state == 'upcoming'`, or its negation. */
export interface TemplateCondition {
  test: string;
  negated: boolean;
}

/** A stretch of text inside template branches (`{% if %}`/`{% else %}`), with the conditions it renders under. */
export interface BranchSegment {
  start: number;
  end: number;
  conditions: TemplateCondition[];
}

export interface Posting {
  /** The source without its BOM. */
  text: string;
  format: Format;
  lines: Line[];
  frontMatter?: FrontMatter;
  title?: { text: string; range: Range; line: number };
  metadata: Field[];
  headings: Heading[];
  /** Every section in document order (nested ones included). */
  sections: Section[];
  items: Item[];
  statements: Statement[];
  /** Text inside Liquid/Jinja `{% if %}` branches, sorted: what renders only under some condition. */
  branches: BranchSegment[];
  /** Base pay stated in the text or the front matter (bonuses, stipends and other benefits excluded). */
  pay: PayFacts;
  /** Where language rules may look: no code, URLs, template syntax, front matter or comments. Sorted, disjoint. */
  prose: Range[];
  /** Ranges that carry Markdown structure or are not text at all (code, front matter, comments, templates). Sorted, disjoint. */
  nonProse: Range[];
  /** Template syntax (`{{ }}`, `{% %}`, `{# #}`) outside comments and front matter: not prose, but where an unfilled placeholder may hide. Sorted by start. */
  templates: Range[];
  /** Leading white space that carries structure (nested list indentation in Markdown). Sorted, disjoint. */
  structuralIndent: Range[];
  /** The mdast root for Markdown (built on first access), the hast root for HTML (and a JSON-LD description). */
  tree?: unknown;
  /** Markdown: the blocks (lists, items, paragraphs, headings, HTML) with their offsets, read without the mdast. */
  outline?: MarkdownOutline;
  /** HTML and JSON-LD: the text as a reader sees it, mapped back to offsets in `text`. Absent for Markdown and plain text, whose reader sees `text` itself. */
  view?: TextView;
  /** HTML and JSON-LD: the markup a fix must not cut into or write. Absent for Markdown and plain text. */
  markup?: MarkupGuard;
  /** Syntax problems of the HTML (an unclosed element, a stray end tag, a broken character reference). */
  htmlProblems?: SyntaxProblem[];
  /** JSON-LD: the `<script type="application/ld+json">` blocks of an HTML page, or the whole of a `.json` file. */
  structuredData?: JsonLdBlock[];
  /**
   * Postings embedded in this one, linted as postings of their own on the same
   * text: the HTML `description` of each JSON-LD JobPosting on an HTML page
   * (and of every JobPosting after the first in a `.json` file).
   */
  embedded?: Posting[];
  /** Where a finding about the posting as a whole stands when it is not line 1: an embedded posting's `description` property. */
  origin?: Range;
}

/**
 * The text a reader sees: text nodes in document order with character
 * references and string escapes decoded, markup dropped, white space collapsed,
 * one line per block or `<br>` line. Offsets map back to the source.
 */
export interface TextView {
  text: string;
  /** Source offset where view character `i` starts (`i === text.length`: where the last one ends). */
  sourceStart(i: number): number;
  /** Source offset where a view range ending (exclusively) at `i` ends. */
  sourceEnd(i: number): number;
  /** The first view offset whose character starts at or after source offset `offset` (inserted line breaks skipped). */
  viewOffset(offset: number): number;
}

export interface MarkupGuard {
  /** Tags, comments, character references, string escapes and raw-text elements: a fix may replace one whole but never cut into it. Sorted, disjoint. */
  atomic: Range[];
  /** Characters a fix may not write: they would open markup (`<`, `&`) or, in a JSON string, end it or need escaping. */
  reserved: string;
  /** Where `reserved` holds (a JSON string's content); everywhere when absent. */
  within?: Range;
}

export interface SyntaxProblem {
  message: string;
  range: Range;
}

export type JsonNode = JsonObject | JsonArray | JsonScalar;

export interface JsonObject {
  kind: "object";
  range: Range;
  properties: JsonProperty[];
}

export interface JsonArray {
  kind: "array";
  range: Range;
  items: JsonNode[];
}

export interface JsonScalar {
  kind: "string" | "number" | "boolean" | "null";
  range: Range;
  value: string | number | boolean | null;
}

export interface JsonProperty {
  key: string;
  /** The key with its quotes. */
  keyRange: Range;
  value: JsonNode;
  /** From the key to the end of the value. */
  range: Range;
}

export interface JsonLdBlock {
  /** The JSON text: a script element's content, or the whole file. */
  range: Range;
  /** The value as far as it parses (the parser recovers from a trailing comma, a missing quote, ...). */
  root?: JsonNode;
  /** JSON syntax errors: search engines drop a block that has any. */
  errors: SyntaxProblem[];
  /** Objects whose `@type` is JobPosting: the top level, in `@graph`, in arrays. */
  jobPostings: JsonObject[];
}
