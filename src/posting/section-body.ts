import { findCommentRanges, findTemplateRanges } from "./non-prose.js";
import { mergeRanges } from "./ranges.js";
import type { Range } from "./types.js";

/** `{{ page.x }}` output and `{% include %}` render content where they stand. */
const RENDERS = /^\{\{|^\{%-?\s*(?:include|include_relative|render)\b/;

/**
 * Whether a stretch of source holds anything a reader would see: words or
 * numbers outside comments (`<!-- -->`, `{% comment %}`), template logic tags
 * (`{% if %}`), HTML tags and Markdown punctuation (a setext underline, an empty
 * `-` item). Template output and includes count as body.
 */
export function hasVisibleContent(text: string, range: Range): boolean {
  const slice = text.slice(range.start, range.end);
  const rest = without(slice, findCommentRanges(slice));
  const templates = findTemplateRanges(rest);
  if (templates.some((r) => RENDERS.test(rest.slice(r.start, r.end)))) return true;
  return /[\p{L}\p{N}]/u.test(withoutHtmlTags(without(rest, templates)));
}

function without(text: string, ranges: readonly Range[]): string {
  let out = "";
  let pos = 0;
  for (const r of mergeRanges(ranges)) {
    out += text.slice(pos, r.start) + " ";
    pos = r.end;
  }
  return out + text.slice(pos);
}

/** Drops `<tag ...>` and `</tag>` (an unclosed one runs to the end), by linear scanning. */
function withoutHtmlTags(text: string): string {
  const open = /<(?=[A-Za-z/!])/g;
  let out = "";
  let pos = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    out += text.slice(pos, m.index) + " ";
    const close = text.indexOf(">", m.index);
    pos = close < 0 ? text.length : close + 1;
    open.lastIndex = pos;
  }
  return out + text.slice(pos);
}
