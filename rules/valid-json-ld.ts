import { distance } from "fastest-levenshtein";
import { defineRule } from "../src/engine/rule.js";
import type { JsonNode, JsonObject } from "../src/posting/types.js";
import { eachObject, property, typesOf } from "./lib/json-ld.js";

/** How far (in edits) a written @type may be from "JobPosting" and still be taken for a misspelling of it. */
const MAX_EDITS = 3;

export default defineRule({
  meta: {
    id: "valid-json-ld",
    description:
      "JSON-LD that search engines cannot read as a JobPosting: a JSON syntax error (a trailing comma, a missing quote), a misspelt @type, or no schema.org @context",
    category: "compliance",
    recommended: "error",
    examples: {
      valid: [
        {
          name: "a JobPosting in an @graph, beside other types",
          filePath: "example.json",
          text: '{\n  "@context": "https://schema.org",\n  "@graph": [\n    {"@type": "Organization", "name": "Orbit Labs"},\n    {"@type": "JobPosting", "title": "Support Engineer"}\n  ]\n}\n',
        },
      ],
      invalid: [
        {
          name: "a trailing comma",
          filePath: "example.json",
          text: '{\n  "@context": "https://schema.org",\n  "@type": "JobPosting",\n  "title": "Support Engineer",\n}\n',
          messages: [{ line: 5, column: 1, message: "JSON-LD: a trailing comma before a closing bracket or brace: search engines ignore the whole block" }],
        },
        {
          name: "a misspelt @type, and no @context",
          filePath: "example.html",
          text:
            '<html>\n<head>\n<script type="application/ld+json">\n{"@type": "JobPostng", "title": "Support Engineer"}\n</script>\n</head>\n' +
            "<body><h1>Support Engineer</h1></body>\n</html>\n",
          messages: [
            { line: 4, column: 2, message: 'Unknown @type "JobPostng": did you mean "JobPosting"? (types are case-sensitive)' },
            { line: 4, column: 2, message: 'JSON-LD without "@context": "https://schema.org": search engines do not read it as schema.org' },
          ],
        },
      ],
    },
  },
  create(context) {
    for (const block of context.posting.structuredData ?? []) {
      for (const error of block.errors) context.report({ message: `${error.message}: search engines ignore the whole block`, range: error.range });
      if (!block.root) continue;
      const typed = typedObjects(block.root);
      for (const node of typed) {
        for (const type of typesOf(node)) {
          if (type !== "JobPosting" && looksLikeJobPosting(type)) {
            context.report({ message: `Unknown @type "${type}": did you mean "JobPosting"? (types are case-sensitive)`, range: property(node, "@type")!.range });
          }
        }
      }
      const top = block.root.kind === "array" ? block.root.items : [block.root];
      const context_ = top.some((n) => n.kind === "object" && isSchemaContext(n));
      const aboutJobs = typed.some((n) => typesOf(n).some((t) => t === "JobPosting" || looksLikeJobPosting(t)));
      if (!context_ && aboutJobs) {
        const first = typed[0]!;
        context.report({ message: 'JSON-LD without "@context": "https://schema.org": search engines do not read it as schema.org', range: property(first, "@type")!.range });
      }
    }
  },
});

/** Objects with an @type, in document order. */
function typedObjects(root: JsonNode): JsonObject[] {
  const out: JsonObject[] = [];
  eachObject(root, (node) => {
    if (property(node, "@type")) out.push(node);
    return true;
  });
  return out;
}

/** "JobPostng", "jobposting", "Job Posting", "JobPostings": a near miss of "JobPosting". */
function looksLikeJobPosting(type: string): boolean {
  const folded = type.replace(/[\s_-]/g, "").toLowerCase();
  return folded.length < 30 && distance(folded, "jobposting") <= MAX_EDITS && folded.includes("job");
}

function isSchemaContext(node: JsonObject): boolean {
  const context = property(node, "@context")?.value;
  const values = context?.kind === "array" ? context.items : context ? [context] : [];
  return values.some((v) => (v.kind === "string" && /^https?:\/\/schema\.org\/?$/i.test(String(v.value))) || (v.kind === "object" && property(v, "@vocab") !== undefined));
}
