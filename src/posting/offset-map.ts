import type { TextView } from "./types.js";

/**
 * A derived text (HTML text with its character references decoded, a JSON
 * string with its escapes decoded) and where each of its characters stands in
 * the source it was read from. Stored as runs, not per character, so a 20 MB
 * page costs a few runs per text node:
 *
 * - a copy: derived characters that are the source characters, one to one;
 * - a unit: derived characters standing for one source span as a whole
 *   (`&amp;` for "&", `\u2019` for "’", a run of white space read as one
 *   space, or an inserted line break, whose span is empty).
 */
export class OffsetMap implements TextView {
  private readonly at: number[] = [];
  private readonly from: number[] = [];
  private readonly length: number[] = [];
  private readonly span: number[] = [];
  private readonly copy: boolean[] = [];
  private parts: string[] = [];
  private joined = "";

  /** @param origin Where the source starts, for a derived text that is empty. */
  constructor(private readonly origin = 0) {}

  get text(): string {
    if (this.parts.length > 0) {
      this.joined += this.parts.join("");
      this.parts = [];
    }
    return this.joined;
  }

  get size(): number {
    const n = this.at.length;
    return n === 0 ? 0 : this.at[n - 1]! + this.length[n - 1]!;
  }

  /** Appends source text copied verbatim from `sourceStart`. */
  appendCopy(text: string, sourceStart: number): void {
    if (text === "") return;
    const n = this.at.length - 1;
    // Consecutive copies of adjacent source merge into one run.
    if (n >= 0 && this.copy[n] && this.from[n]! + this.span[n]! === sourceStart) {
      this.length[n]! += text.length;
      this.span[n]! += text.length;
    } else this.push(text.length, sourceStart, text.length, true);
    this.parts.push(text);
  }

  /** Appends `text` standing for the source span [sourceStart, sourceEnd) as a whole. */
  appendUnit(text: string, sourceStart: number, sourceEnd: number): void {
    if (text === "") return;
    this.push(text.length, sourceStart, sourceEnd - sourceStart, false);
    this.parts.push(text);
  }

  sourceStart(i: number): number {
    const r = this.runAt(i);
    if (r < 0) return this.sourceEnd(i);
    return this.copy[r] ? this.from[r]! + (i - this.at[r]!) : this.from[r]!;
  }

  sourceEnd(i: number): number {
    if (this.at.length === 0) return this.origin;
    if (i <= 0) return this.from[0]!;
    const r = this.runAt(Math.min(i, this.size) - 1);
    return this.copy[r] ? this.from[r]! + (i - this.at[r]!) : this.from[r]! + this.span[r]!;
  }

  viewOffset(offset: number): number {
    // The first run that does not end at or before `offset` (runs are in source order).
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = this.from[mid]! + Math.max(this.span[mid]!, 1);
      if (end <= offset) lo = mid + 1;
      else hi = mid;
    }
    // An inserted line break (an empty span) is not where any text starts.
    while (lo < this.at.length && this.span[lo] === 0 && !this.copy[lo]) lo++;
    if (lo >= this.at.length) return this.size;
    if (this.copy[lo]) return this.at[lo]! + Math.max(0, offset - this.from[lo]!);
    return this.from[lo]! >= offset ? this.at[lo]! : this.at[lo]! + this.length[lo]!;
  }

  /**
   * This map read through `outer`, which maps this map's source into a further
   * source: e.g. a view of an HTML description (this) inside a JSON string
   * (`outer`) becomes a view of the JSON file. One walk over both run lists.
   */
  through(outer: OffsetMap): OffsetMap {
    const out = new OffsetMap(outer.sourceStart(this.origin));
    const text = this.text;
    for (let r = 0; r < this.at.length; r++) {
      const at = this.at[r]!;
      const piece = text.slice(at, at + this.length[r]!);
      if (!this.copy[r]) {
        const start = this.from[r]!;
        const end = start + this.span[r]!;
        out.appendUnit(piece, outer.sourceStart(start), end === start ? outer.sourceStart(start) : outer.sourceEnd(end));
        continue;
      }
      // A copied stretch may cross units of `outer` (an escape inside a word): split it there.
      let i = 0;
      while (i < piece.length) {
        const src = this.from[r]! + i;
        const o = outer.runAt(src);
        if (o < 0) {
          out.appendCopy(piece.slice(i), outer.sourceEnd(src));
          break;
        }
        const take = Math.min(piece.length - i, outer.at[o]! + outer.length[o]! - src);
        if (outer.copy[o]) out.appendCopy(piece.slice(i, i + take), outer.from[o]! + (src - outer.at[o]!));
        else out.appendUnit(piece.slice(i, i + take), outer.from[o]!, outer.from[o]! + outer.span[o]!);
        i += take;
      }
    }
    return out;
  }

  private push(length: number, from: number, span: number, copy: boolean): void {
    this.at.push(this.size);
    this.from.push(from);
    this.length.push(length);
    this.span.push(span);
    this.copy.push(copy);
  }

  /** The run holding derived offset `i`, or -1. Binary search. */
  private runAt(i: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (i < this.at[mid]!) hi = mid - 1;
      else if (i >= this.at[mid]! + this.length[mid]!) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
