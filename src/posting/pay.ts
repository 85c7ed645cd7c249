import { LineIndex } from "./lines.js";
import { findCommentRanges, findTemplateRanges } from "./non-prose.js";
import { scanPayLine, type ScannedFigure } from "./pay-scan.js";
import { containsOffset, mergeRanges } from "./ranges.js";
import { SectionCursor } from "./sections.js";
import type { FrontMatter, Line, PayFacts, PayFigure, Posting, Range, Section, TextView, VaguePay } from "./types.js";

type PayInput = Pick<Posting, "text" | "lines" | "frontMatter" | "nonProse" | "sections" | "view">;

/**
 * The posting's pay, computed once: figures and vague pay words from the
 * prose (code, comments, template syntax and URLs blanked out) and from the
 * front matter's salary fields. One pass over the lines.
 */
export function findPay(posting: PayInput): PayFacts {
  const facts: PayFacts = { figures: [], vague: [], templates: findPayTemplates(posting.text, posting.lines) };
  if (posting.frontMatter) readFrontMatter(posting.frontMatter, posting.lines, facts);
  if (posting.view) readView(posting, posting.view, facts);
  else readLines(posting, facts);
  facts.figures.sort((a, b) => a.range.start - b.range.start);
  facts.vague.sort((a, b) => a.range.start - b.range.start);
  return facts;
}

function readLines(posting: PayInput, facts: PayFacts): void {
  const masked = new ProseMask(posting.text, posting.nonProse);
  const sectionAt = new SectionCursor(posting.sections);
  for (const line of posting.lines) {
    if (line.end === line.start) continue;
    const text = masked.line(line);
    if (!/[\dA-Z]/i.test(text)) continue;
    const section = sectionAt.at(line.start);
    const { figures, vague } = scanPayLine(text, sectionContext(section));
    for (const f of figures) facts.figures.push(toFigure(f, line, "text", line.start));
    for (const v of vague) facts.vague.push({ text: v.text, range: { start: line.start + v.start, end: line.start + v.end }, line: line.number });
  }
}

/** HTML: the view's lines (one per block or `<br>` line, references decoded), each figure mapped back to the source. */
function readView(posting: PayInput, view: TextView, facts: PayFacts): void {
  const index = new LineIndex(posting.lines);
  const sectionAt = new SectionCursor(posting.sections);
  const { text } = view;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (/[\dA-Z]/i.test(line)) {
      const { figures, vague } = scanPayLine(line, sectionContext(sectionAt.at(view.sourceStart(start))));
      const place = (a: number, b: number) => ({ start: view.sourceStart(start + a), end: view.sourceEnd(start + b) });
      for (const f of figures) {
        const { start: a, end: b, ...rest } = f;
        const range = place(a, b);
        facts.figures.push({ ...rest, range, line: index.lineAt(range.start).number, source: "text" });
      }
      for (const v of vague) {
        const range = place(v.start, v.end);
        facts.vague.push({ text: v.text, range, line: index.lineAt(range.start).number });
      }
    }
    start = end + 1;
  }
}

const PAY_INCLUDE = /^\{%-?\s*(?:include|include_relative|render)\s/;
const PAY_NAME = /\b(?:salary|salaries|pay|wages?|compensation)/i;

/** `{% include job/salary_range.html %}` outside comments: the site renders the pay from its own data. */
function findPayTemplates(text: string, lines: readonly Line[]): VaguePay[] {
  if (!text.includes("{%")) return [];
  const comments = mergeRanges(findCommentRanges(text));
  const index = new LineIndex(lines);
  const out: VaguePay[] = [];
  for (const r of findTemplateRanges(text)) {
    const tag = text.slice(r.start, r.end);
    if (!PAY_INCLUDE.test(tag) || !PAY_NAME.test(tag) || containsOffset(comments, r.start)) continue;
    out.push({ text: tag, range: r, line: index.lineAt(r.start).number });
  }
  return out;
}

/** A pay heading ("Salary", "Compensation") makes its lines pay talk; a perks heading makes money there a perk. */
function sectionContext(section: Section | undefined): { payContext?: boolean; benefitsContext?: boolean } {
  const heading = section?.heading?.text;
  if (!heading || section.kind !== "compensation") return {};
  if (/\b(?:salary|pay|compensation|wages?|remuneration)\b/i.test(heading)) return { payContext: true };
  return { benefitsContext: true };
}

function toFigure(f: ScannedFigure, line: Line, source: PayFigure["source"], offset: number): PayFigure {
  const { start, end, ...rest } = f;
  return { ...rest, range: { start: offset + start, end: offset + end }, line: line.number, source };
}

const FULL_KEY = /^(?:base_?)?(?:salary|pay|wages?|compensation|hourly_?rate|remuneration)(?:_?range)?$/i;
const MIN_KEY =
  /^(?:(?:base_?)?(?:salary|pay|wages?|compensation)(?:_?range)?_?(?:min|minimum|low|from|start)|(?:min|minimum)_?(?:salary|pay|wages?|compensation)(?:_?range)?)$/i;
const MAX_KEY =
  /^(?:(?:base_?)?(?:salary|pay|wages?|compensation)(?:_?range)?_?(?:max|maximum|high|to|end)|(?:max|maximum)_?(?:salary|pay|wages?|compensation)(?:_?range)?)$/i;

/** `salary:`, or `salary_min:` with `salary_max:` (a range, or one figure when they are equal). */
// The value is trimmed; one space after a lead word, so no two white-space runs meet (linear).
const BARE_AMOUNTS = /^(?:(?:up to|from|starting at|between) )?[$€£¥]?\s?\d[\d\s,.'’kK$€£¥]*(?:(?:-|–|—|to)[\s$€£¥]*\d[\d\s,.'’kK$€£¥]*)?$/i;

/** A salary field's value up to the first word after its first amount: "95000 - 120000 plus bonus" -> "95000 - 120000". */
function amountsPart(value: string): string {
  const digit = value.search(/\d/);
  if (digit < 0) return value;
  const words = value.slice(digit).search(/\s[A-Za-z+(]/);
  return words < 0 ? value : value.slice(0, digit + words);
}

function readFrontMatter(fm: FrontMatter, lines: readonly Line[], facts: PayFacts): void {
  let low: PayFigure | undefined;
  let high: PayFigure | undefined;
  for (const [key, value] of Object.entries(fm.data)) {
    const kind = FULL_KEY.test(key) ? "full" : MIN_KEY.test(key) ? "min" : MAX_KEY.test(key) ? "max" : undefined;
    // Template values are filled elsewhere; a bare "$" is an empty field.
    if (!kind || /\{\{|\{%/.test(value) || !/[\p{L}\p{N}]/u.test(value)) continue;
    const place = fieldPlace(fm, lines, key, value);
    if (!place) continue;
    // A min/max field, or a value of nothing but amounts ("52000-61000"), is money as written; "Band 4" or
    // "Per the 2025 pay scale" in a salary field is not.
    const payValue = kind !== "full" || BARE_AMOUNTS.test(amountsPart(value));
    const { figures, vague } = scanPayLine(value, { payContext: true, payValue });
    const first = figures[0];
    if (!first) {
      const words = vague[0]?.text ?? value;
      facts.vague.push({ text: words, range: place.range, line: place.line.number });
      continue;
    }
    const figure = toFigure(first, place.line, "front-matter", place.range.start);
    if (kind === "full") facts.figures.push(figure);
    else if (kind === "min") low = figure;
    else high = figure;
  }
  if (low && high) {
    const currency = low.currency ?? high.currency;
    const period = low.period ?? high.period;
    facts.figures.push({
      min: low.min,
      max: high.max,
      isRange: low.min !== high.max,
      ...(currency ? { currency } : {}),
      ...(period ? { period } : {}),
      range: low.range,
      line: low.line,
      source: "front-matter",
      text: low.min === high.max ? low.text : `${low.text} – ${high.text}`,
    });
  } else if (low ?? high) {
    facts.figures.push((low ?? high)!);
  }
}

/** The line of a front-matter field and where its value stands. */
function fieldPlace(fm: FrontMatter, lines: readonly Line[], key: string, value: string): { line: Line; range: Range } | undefined {
  const keyLine = new RegExp(`^[ \\t]*${key}[ \\t]*[:=]`);
  for (const line of lines) {
    if (line.start >= fm.range.end) break;
    if (!keyLine.test(line.text)) continue;
    const at = line.text.indexOf(value);
    const start = line.start + (at >= 0 ? at : line.indent.length);
    return { line, range: { start, end: at >= 0 ? start + value.length : line.end } };
  }
  return undefined;
}

/**
 * A line's text with everything that is not prose blanked out (offsets kept), and emphasis marks dropped.
 * The blank is a control character, not a space, so "$" before `{{ page.salary }}` stays a lone sign.
 */
const HIDDEN = "\u001f";

class ProseMask {
  private next = 0;
  constructor(
    private readonly text: string,
    private readonly nonProse: readonly Range[],
  ) {}

  line(line: Line): string {
    const ranges = this.nonProse;
    while (this.next < ranges.length && ranges[this.next]!.end <= line.start) this.next++;
    let out = "";
    let pos = line.start;
    for (let i = this.next; i < ranges.length && ranges[i]!.start < line.end; i++) {
      const r = ranges[i]!;
      const from = Math.max(r.start, line.start);
      const to = Math.min(r.end, line.end);
      if (from > pos) out += this.text.slice(pos, from);
      if (to > from) out += HIDDEN.repeat(to - Math.max(from, pos));
      pos = Math.max(pos, to);
    }
    if (pos < line.end) out += this.text.slice(pos, line.end);
    if (!out.includes("*") && !out.includes("_")) return out;
    return out.replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, (m) => " ".repeat(m.length));
  }
}

