import { splitSentences } from "./sentences.js";
import type { Item, Posting, Range } from "./types.js";

/**
 * Text as a reader sees it, for rules that compare or split text: in HTML
 * (and a JSON-LD description) the view, where markup is gone and references
 * and escapes are decoded; elsewhere the source itself.
 */
export function visibleText(posting: Posting, range: Range): string {
  const { view } = posting;
  if (!view) return posting.text.slice(range.start, range.end);
  return view.text.slice(view.viewOffset(range.start), view.viewOffset(range.end));
}

/** An item's sentences: where each stands in the source, and its text as a reader sees it. */
export function itemSentences(posting: Posting, item: Item): { range: Range; text: string }[] {
  const { view } = posting;
  if (!view) return splitSentences(posting.text, item.range.start, item.range.end).map((range) => ({ range, text: posting.text.slice(range.start, range.end) }));
  const at = view.viewOffset(item.range.start);
  return splitSentences(view.text, at, at + item.text.length).map((r) => ({
    range: { start: view.sourceStart(r.start), end: view.sourceEnd(r.end) },
    text: view.text.slice(r.start, r.end),
  }));
}
