import type { Structure } from "./draft.js";
import { jobPostingDescriptions } from "./json-ld/description.js";
import { readJsonLdBlock } from "./json-ld/job-postings.js";
import type { StructureReader } from "./readers.js";

/**
 * A standalone JSON-LD file: the whole text is structured data, and the first
 * JobPosting's description is the posting text (any further JobPosting's
 * description is a posting embedded in it). Nothing else is prose.
 */
export const jsonReader: StructureReader = ({ text, index }) => {
  const block = readJsonLdBlock(text, { start: 0, end: text.length });
  const [first, ...rest] = jobPostingDescriptions(text, [block], index);
  const structure: Structure = first ?? {
    headings: [],
    items: [],
    metadata: [],
    nonProse: [{ start: 0, end: text.length }],
    structuralIndent: [],
  };
  structure.structuredData = [block];
  if (rest.length > 0) structure.embedded = rest;
  return structure;
};
