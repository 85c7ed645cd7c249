import type { Structure } from "../draft.js";
import { readHtml, HTML_RESERVED } from "../html/read-html.js";
import { LineIndex, splitLines } from "../lines.js";
import { OffsetMap } from "../offset-map.js";
import { findTemplateAndCommentRanges } from "../non-prose.js";
import { complementRanges, mergeRanges } from "../ranges.js";
import { mapStructure } from "../structure-map.js";
import { readPlainText } from "../text.js";
import type { JsonLdBlock, JsonProperty, Line, Range } from "../types.js";
import { property } from "./job-postings.js";
import { decodeJsonString } from "./string-literal.js";

/** What a fix may not write into a JSON string holding HTML: markup, a quote or backslash (they end the string or escape), a raw line break or tab. */
export const JSON_HTML_RESERVED = `${HTML_RESERVED}"\\\n\r\t`;

const HTML_TAG = /<[A-Za-z!/]/;

/**
 * The posting a JSON-LD `description` holds, read as a posting of its own and
 * placed on the text around it: its value is decoded (`\n`, `\"`, `\u003c`),
 * read as HTML (or as plain text when it has no tags), and every range mapped
 * back through the escapes. Outside the string nothing is posting text; the
 * escapes themselves are markup a fix must not cut.
 */
export function descriptionStructure(text: string, property: JsonProperty, index: LineIndex): Structure | undefined {
  if (property.value.kind !== "string") return undefined;
  const { map, escapes } = decodeJsonString(text, property.value.range);
  const value = map.text;
  const lines = splitLines(value);
  const hidden = mergeRanges(findTemplateAndCommentRanges(value));
  const inner = HTML_TAG.test(value) ? readHtml(value, lines, new LineIndex(lines), hidden).structure : plainText(value, lines, hidden);
  const mapped = mapStructure(inner, map, index);
  const content = { start: property.value.range.start + 1, end: Math.max(property.value.range.start + 1, property.value.range.end - 1) };
  mapped.nonProse = mergeRanges([...complementRanges([content], text.length), ...mapped.nonProse, ...escapes]);
  mapped.markup = { atomic: mergeRanges([...(mapped.markup?.atomic ?? []), ...escapes]), reserved: JSON_HTML_RESERVED, within: content };
  mapped.origin = property.range;
  return mapped;
}

/** A description without tags, read line by line as a plain-text posting; its view is its value. */
function plainText(value: string, lines: readonly Line[], hidden: readonly Range[]): Structure {
  const view = new OffsetMap();
  view.appendCopy(value, 0);
  return { ...readPlainText(lines, hidden), nonProse: [...hidden], view };
}

/** The posting of each JobPosting's `description`, in document order. */
export function jobPostingDescriptions(text: string, blocks: readonly JsonLdBlock[], index: LineIndex): Structure[] {
  const out: Structure[] = [];
  for (const block of blocks) {
    for (const posting of block.jobPostings) {
      const description = property(posting, "description");
      const structure = description && descriptionStructure(text, description, index);
      if (structure) out.push(structure);
    }
  }
  return out;
}
