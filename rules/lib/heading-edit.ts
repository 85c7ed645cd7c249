import { insertAt, removeRange, replaceRange } from "../../src/engine/fixer.js";
import type { Fix } from "../../src/engine/rule.js";
import type { Heading, HeadingMarkup, Line, Posting, Section } from "../../src/posting/types.js";

/**
 * Text edits of one heading: its words, colon, indentation, ATX level and
 * markup. Each returns undefined where the edit would not be safe, i.e. where
 * the result might parse as something else than the same heading.
 */
export class HeadingEditor {
  private readonly sectionOf = new Map<Heading, Section>();
  private readonly metadataLines: number[];

  constructor(private readonly posting: Posting) {
    for (const s of posting.sections) if (s.heading) this.sectionOf.set(s.heading, s);
    this.metadataLines = posting.metadata.map((f) => f.line).sort((a, b) => a - b);
  }

  /** The heading's words as written in the source (inline markup included). */
  rawText(h: Heading): string {
    return this.posting.text.slice(h.textRange.start, h.textRange.end);
  }

  /** Whether the words can be rewritten letter by letter without touching link targets or code. */
  canRewriteWords(h: Heading): boolean {
    const raw = this.rawText(h);
    return !/[\r\n]/.test(raw) && (this.posting.format !== "markdown" || !/\]\(|[`<\\]/.test(raw));
  }

  words(h: Heading, text: string): Fix | undefined {
    return text === this.rawText(h) ? undefined : replaceRange(h.textRange, text);
  }

  colon(h: Heading, want: boolean): Fix | undefined {
    if (want === h.colon) return undefined;
    if (want) return insertAt(h.textRange.end, ":");
    const range = h.colonRange!;
    // "Summary :" loses its space too; "**Summary**:" keeps its closing "**".
    const between = this.posting.text.slice(h.textRange.end, range.start);
    return removeRange(/^[ \t]*$/.test(between) ? { start: h.textRange.end, end: range.end } : range);
  }

  /** Replaces plain-text indentation; never writes a tab (no-stray-tabs removes those). */
  indent(h: Heading, want: string): Fix | undefined {
    if (want.includes("\t") || want === h.indent) return undefined;
    const line = this.line(h.line);
    return replaceRange({ start: line.start, end: line.start + h.indent.length }, want);
  }

  /** Changes an ATX heading's `#` run. */
  atxLevel(h: Heading, level: number): Fix | undefined {
    if (h.markup !== "atx") return undefined;
    const run = /^#{1,6}/.exec(this.posting.text.slice(h.range.start, h.range.start + 6));
    if (!run) return undefined;
    return replaceRange({ start: h.range.start, end: h.range.start + run[0].length }, "#".repeat(level));
  }

  /**
   * Rewrites the heading in another markup with the given words and colon.
   * `atx` takes `level`; the conversions that could change how the lines
   * around parse (a bold line or setext heading glued to a paragraph) are refused.
   */
  markup(h: Heading, to: HeadingMarkup, text: string, colon: boolean, level: number): Fix | undefined {
    if (/[\r\n]/.test(text)) return undefined;
    const words = text + (colon ? ":" : "");
    const { start, end } = this.construct(h);
    switch (to) {
      case "atx":
        if (h.markup !== "bold" && h.markup !== "setext") return undefined;
        return replaceRange({ start, end }, `${"#".repeat(Math.min(level, 6))} ${words}`);
      case "bold":
        if ((h.markup !== "atx" && h.markup !== "setext") || !this.standsAlone(h) || /[*_]/.test(text) || this.hasSubheadings(h)) return undefined;
        if (/[.!?]["'”’)]*$/.test(text) || text.trim().split(/\s+/).length > 8) return undefined;
        return replaceRange({ start, end }, `**${words}**`);
      case "setext": {
        if (h.markup !== "atx" || h.level > 2 || !this.blankOrEdge(h.line - 1)) return undefined;
        const underline = (h.level === 1 ? "=" : "-").repeat(Math.max(3, words.length));
        return replaceRange({ start, end }, `${words}\n${underline}`);
      }
      case "banner": {
        const fence = this.bannerFence();
        if (h.markup !== "plain" || !fence) return undefined;
        return replaceRange({ start, end }, `${fence.open}${words}${fence.close}`);
      }
      default:
        return undefined;
    }
  }

  /** Where the heading construct stands: for setext its underline included, for plain text from the first character. */
  private construct(h: Heading): { start: number; end: number } {
    if (h.markup === "setext" && h.underlineLine) return { start: h.range.start, end: this.line(h.underlineLine).end };
    if (h.markup === "plain" || h.markup === "banner") {
      const line = this.line(h.line);
      return { start: line.start + h.indent.length, end: line.start + line.text.trimEnd().length };
    }
    return h.range;
  }

  /** A bold line is a heading only as a paragraph of its own: blank lines (or the file's edges) around it. */
  private standsAlone(h: Heading): boolean {
    return this.blankOrEdge(h.line - 1) && this.blankOrEdge((h.underlineLine ?? h.line) + 1);
  }

  /** ATX sub-headings would no longer nest under a bold line, which ranks below every ATX level. */
  private hasSubheadings(h: Heading): boolean {
    const section = this.sectionOf.get(h);
    return section !== undefined && section.children.some((c) => c.heading && c.heading.markup !== "bold");
  }

  private blankOrEdge(lineNumber: number): boolean {
    const line = this.posting.lines[lineNumber - 1];
    return line === undefined || line.text.trim() === "";
  }

  /** The fences of the posting's first banner heading (`=== ` and ` ===`). */
  private bannerFence(): { open: string; close: string } | undefined {
    const banner = this.posting.headings.find((x) => x.markup === "banner");
    if (!banner) return undefined;
    const { start, end } = this.construct(banner);
    const textEnd = banner.colonRange?.end ?? banner.textRange.end;
    return { open: this.posting.text.slice(start, banner.textRange.start), close: this.posting.text.slice(textEnd, end) };
  }

  /** Whether the section under a heading has text or metadata of its own before `line` (so a heading there can be its sibling). */
  hasBodyBefore(h: Heading, line: number): boolean {
    const section = this.sectionOf.get(h);
    if (section?.items.some((item) => item.line < line)) return true;
    // Metadata before the section's first sub-heading is its own; the first one after the heading, by binary search.
    const limit = Math.min(line, section?.children[0]?.heading?.line ?? line);
    const lines = this.metadataLines;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]! <= h.line) lo = mid + 1;
      else hi = mid;
    }
    return lo < lines.length && lines[lo]! < limit;
  }

  private line(n: number): Line {
    return this.posting.lines[n - 1]!;
  }
}
