import { defineRule } from "../src/engine/rule.js";
import { overlapsAny } from "../src/posting/ranges.js";
import { hasVisibleContent } from "../src/posting/section-body.js";
import type { Posting, Section } from "../src/posting/types.js";
import { visibleText } from "../src/posting/visible.js";
import { headingName } from "./lib/heading-name.js";

export default defineRule({
  meta: {
    id: "no-empty-sections",
    description:
      "A heading with no body before the next heading of the same or a higher level (or the end of the file); sub-sections count as body",
    category: "structure",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "every section has a body",
          text: "Responsibilities\n- Install conduit.\n\nBenefits\n- Medical and dental.\n",
        },
        {
          name: "sub-sections hold the body",
          filePath: "example.md",
          text: "## Qualifications\n\n### Required\n\n- 3+ years of embedded C.\n\n### Preferred\n\n- Zephyr.\n",
        },
        {
          name: "an include renders content",
          filePath: "example.md",
          text: "## Key objectives\n\n{% comment %}Filled from the front matter.{% endcomment %}\n{% include job/key_objectives.html %}\n",
        },
        {
          name: "metadata lines are body",
          filePath: "example.md",
          text: "# Lead Carpenter\n\n**Location:** Burlington, VT\n",
        },
      ],
      invalid: [
        {
          name: "a heading followed by the next heading",
          text: "Benefits\n\nPhysical Demands\n- Lift 50 pounds.\n",
          messages: [{ line: 1, column: 1, message: 'Section "Benefits" is empty' }],
        },
        {
          name: "a Markdown heading before a sibling, and one at the end of the file",
          filePath: "example.md",
          text: "## Nice to Have\n\n## Benefits\n\n- Dental.\n\n## How to Apply\n",
          messages: [
            { line: 1, message: 'Section "Nice to Have" is empty' },
            { line: 7, message: 'Section "How to Apply" is empty' },
          ],
        },
        {
          name: "a comment is not content",
          filePath: "example.md",
          text: "## Duties\n\n<!-- to be written -->\n\n## Requirements\n\n- Go.\n",
          messages: [{ line: 1, message: 'Section "Duties" is empty' }],
        },
        {
          name: "an empty sub-section is reported, not its parent",
          filePath: "example.md",
          text: "## Qualifications\n\n### Required\n\n### Preferred\n\n- Zephyr.\n",
          messages: [{ line: 3, message: 'Section "Required" is empty' }],
        },
        {
          name: "a heading made with template syntax is named as written",
          filePath: "example.md",
          text: "## {{ page.title }} - GS-{{ page.gs_level }}\n\n## Duties\n\n- Lead cloud migrations.\n",
          messages: [{ line: 1, message: 'Section "{{ page.title }} - GS-{{ page.gs_level }}" is empty' }],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    for (const section of posting.sections) {
      // A heading without words ("#" alone) is a different problem than a section without a body.
      if (!section.heading || section.heading.text.trim() === "" || !isEmpty(posting, section)) continue;
      context.report({ message: `Section "${headingName(posting, section.heading)}" is empty`, range: section.heading.range });
    }
  },
});

/** No body of its own and no sub-sections: a heading whose sub-sections hold the body is not empty. */
function isEmpty(posting: Posting, section: Section): boolean {
  if (section.children.length > 0) return false;
  const body = { start: section.heading!.range.end, end: section.range.end };
  // HTML's view holds only what a reader sees (no tags, comments or escapes): any letter or digit there is a body,
  // and so is template syntax, which the view leaves out but the site renders.
  if (posting.view) return !/[\p{L}\p{N}]/u.test(visibleText(posting, body)) && !overlapsAny(posting.templates, body.start, body.end);
  return !hasVisibleContent(posting.text, body);
}
