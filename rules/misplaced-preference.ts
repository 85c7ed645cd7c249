import { defineRule } from "../src/engine/rule.js";
import { trailingColonStart } from "../src/posting/scan.js";
import type { Range, Section, Statement } from "../src/posting/types.js";

export default defineRule({
  meta: {
    id: "misplaced-preference",
    description:
      "A statement that calls itself optional (\"a plus\", \"nice to have\", \"preferred\") inside a required section, or one that says \"must\"/\"required\" inside a preferred section",
    category: "consistency",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "each statement in its place",
          filePath: "example.md",
          text: "## Requirements\n\n- 3+ years of experience with Python.\n\n## Nice to Have\n\n- Experience with Kafka is a plus.\n",
        },
        {
          name: "a requirement with a preference attached",
          text: "Requirements\n- Bachelor's degree required, Master's preferred.\n- 5+ years of Python; Go is a plus.\n",
        },
        {
          name: "negated and conditional wording",
          filePath: "example.md",
          text: "## Requirements\n\n- Travel is not required.\n\n## Bonus Points\n\n- Kubernetes experience (not a must).\n- Willing to travel as required.\n- Familiarity with the required safety standards.\n",
        },
        {
          name: "a lead-in line introducing preferences",
          text: "Qualifications\n- 5+ years of experience in accounting.\n- The following are a plus:\n",
        },
      ],
      invalid: [
        {
          name: "an optional statement among the requirements",
          filePath: "example.md",
          text: "## Requirements\n\n- 3+ years of experience with Python.\n- Experience with Kafka is a plus.\n- Nice to have: a CKA certification.\n",
          messages: [
            { line: 4, message: '"a plus" marks this as optional, but it stands in the required section "Requirements" (line 1)' },
            { line: 5, message: '"Nice to have" marks this as optional, but it stands in the required section "Requirements" (line 1)' },
          ],
        },
        {
          name: "a requirement among the preferences",
          filePath: "example.md",
          text: "## Nice to Have\n\n- Experience with insurance data.\n- Must have experience with Kafka or Pulsar.\n- A security clearance is required.\n",
          messages: [
            { line: 4, message: '"Must" marks this as required, but it stands in the preferred section "Nice to Have" (line 1)' },
            { line: 5, message: '"required" marks this as required, but it stands in the preferred section "Nice to Have" (line 1)' },
          ],
        },
        {
          name: "plain text, preferred by an opening adverb",
          text: "Minimum Qualifications\n- Bachelor's degree in Finance.\n- Ideally, experience with SAP.\n",
          messages: [{ line: 3, message: '"Ideally" marks this as optional, but it stands in the required section "Minimum Qualifications" (line 1)' }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const quote = (r: Range) => posting.text.slice(r.start, r.end);
    for (const statements of byItem(posting.statements)) {
      const item = statements[0]!.item;
      // "The following are a plus:" introduces a list; it states nothing itself.
      if (trailingColonStart(item.text) >= 0) continue;
      const section = item.section;
      if (section.kind === "required") {
        // An item that pairs a requirement with a preference ("Bachelor's required, Master's preferred") stands where it belongs.
        if (!statements.every((s) => s.optionalCue)) continue;
        const cue = statements[0]!.optionalCue!;
        // "Travel is not required" waives something; it does not state a preference.
        if (quote(cue).toLowerCase().startsWith("not ")) continue;
        context.report({ message: `"${quote(cue)}" marks this as optional, but it stands in the required section ${sectionName(section)}`, range: cue });
      } else if (section.kind === "preferred") {
        if (statements.some((s) => s.optionalCue)) continue;
        const cue = statements.find((s) => s.mandatoryCue)?.mandatoryCue;
        if (cue) context.report({ message: `"${quote(cue)}" marks this as required, but it stands in the preferred section ${sectionName(section)}`, range: cue });
      }
    }
  },
});

/** The statements of each item together (an item's statements are consecutive). */
function byItem(statements: readonly Statement[]): Statement[][] {
  const out: Statement[][] = [];
  for (const s of statements) {
    const last = out[out.length - 1];
    if (last && last[0]!.item === s.item) last.push(s);
    else out.push([s]);
  }
  return out;
}

function sectionName(section: Section): string {
  const h = section.heading;
  return h ? `"${h.text}" (line ${h.line})` : "before the first heading";
}
