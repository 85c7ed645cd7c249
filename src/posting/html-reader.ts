import { readHtml } from "./html/read-html.js";
import { jobPostingDescriptions } from "./json-ld/description.js";
import { readJsonLdBlock } from "./json-ld/job-postings.js";
import type { StructureReader } from "./readers.js";

/** An HTML page or fragment; its JSON-LD blocks are its structured data, and each JobPosting's description a posting of its own. */
export const htmlReader: StructureReader = ({ text, lines, index, hidden }) => {
  const { structure, jsonLd } = readHtml(text, lines, index, hidden);
  const blocks = jsonLd.map((range) => readJsonLdBlock(text, range));
  structure.structuredData = blocks;
  const embedded = jobPostingDescriptions(text, blocks, index);
  if (embedded.length > 0) structure.embedded = embedded;
  return structure;
};
