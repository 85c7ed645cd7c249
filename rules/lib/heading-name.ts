import { overlapsAny } from "../../src/posting/ranges.js";
import type { Heading, Posting } from "../../src/posting/types.js";

/**
 * A heading as a message names it: its words, or, where template syntax
 * stands among them, the heading as written. Without the template the words
 * of `### {{ page.title }} - GS-{{ page.gs_level }}` are only " - GS- ".
 */
export function headingName(posting: Posting, heading: Heading): string {
  const { start, end } = heading.textRange;
  if (!overlapsAny(posting.templates, start, end)) return heading.text;
  return posting.text.slice(start, end).replace(/\s+/g, " ").trim();
}
