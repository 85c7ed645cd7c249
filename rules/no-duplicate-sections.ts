import { defineRule } from "../src/engine/rule.js";
import { inExclusiveBranches } from "../src/posting/template-branches.js";
import type { Heading } from "../src/posting/types.js";
import { headingName } from "./lib/heading-name.js";

const MAX_COMPARED = 64;

export default defineRule({
  meta: {
    id: "no-duplicate-sections",
    description: "Two headings with the same text: the posting repeats a section (reported on the later one)",
    category: "structure",
    recommended: "warn",
    examples: {
      valid: [
        {
          name: "different sections",
          text: "RESPONSIBILITIES\n- Lay out boards.\n\nQUALIFICATIONS\n- 7+ years of PCB design.\n\nPREFERRED QUALIFICATIONS\n- Python scripting.\n",
        },
        {
          name: "numbered headings differ by their numbers",
          filePath: "example.md",
          text: "## Key objectives\n\n### Key objective #1\n\nShip it.\n\n### Key objective #2\n\nRun it.\n",
        },
        {
          name: "copies in exclusive template branches never render together",
          filePath: "example.md",
          text: "{% if page.state == 'upcoming' %}\n## Role summary\n\nSoon.\n{% else %}\n## Role summary\n\nNow.\n{% endif %}\n",
        },
        {
          name: "an if and its negation are exclusive too",
          filePath: "example.md",
          text: "{% if page.state == 'upcoming' %}\n## Role summary\n\nSoon.\n{% endif %}\n{% if page.state != 'upcoming' %}\n## Role summary\n\nNow.\n{% endif %}\n",
        },
        {
          name: "a run-in bold label is metadata, not a heading",
          filePath: "example.md",
          text: "## Basic information\n\n**Location:**\nRemote\n\n## Other details\n\n**Location:**\nWashington, DC\n",
        },
      ],
      invalid: [
        {
          name: "the same heading twice in plain text",
          text: "QUALIFICATIONS:\n- 7+ years of PCB design.\n\nBENEFITS\n- Medical.\n\nQUALIFICATIONS:\n- IPC CID+ certification.\n",
          messages: [{ line: 7, column: 1, message: 'Duplicate section "QUALIFICATIONS": first at line 1' }],
        },
        {
          name: "case, markup and a trailing colon do not matter",
          filePath: "example.md",
          text: "## Requirements\n\n- Go.\n\n## Benefits\n\n- Dental.\n\n**requirements:**\n\n- Kubernetes.\n",
          messages: [{ line: 9, message: 'Duplicate section "requirements": first at line 1' }],
        },
        {
          name: "a copy outside a branch renders with the one inside",
          filePath: "example.md",
          text: "{% if page.state == 'upcoming' %}\n## Role summary\n\nSoon.\n{% endif %}\n\n## Role summary\n\nNow.\n",
          messages: [{ line: 7, message: 'Duplicate section "Role summary": first at line 2' }],
        },
        {
          name: "every later copy names the first",
          filePath: "example.md",
          text: "## Responsibilities\n\nA.\n\n## Responsibilities\n\nB.\n\n## Responsibilities\n\nC.\n",
          messages: [
            { line: 5, message: 'Duplicate section "Responsibilities": first at line 1' },
            { line: 9, message: 'Duplicate section "Responsibilities": first at line 1' },
          ],
        },
      ],
    },
  },
  create(context) {
    const { posting } = context;
    const seen = new Map<string, Heading[]>();
    for (const heading of posting.headings) {
      const key = normaliseHeading(heading.text);
      if (key === "") continue;
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, [heading]);
        continue;
      }
      // Copies in mutually exclusive template branches ({% if %} ... {% else %}) never render together.
      const first = earlier.find((h) => !inExclusiveBranches(posting.branches, h.range.start, heading.range.start));
      // Later copies are compared with a bounded number of earlier ones, so a posting repeating one heading stays linear.
      if (earlier.length < MAX_COMPARED) earlier.push(heading);
      if (first) context.report({ message: `Duplicate section "${headingName(posting, heading)}": first at line ${first.line}`, range: heading.range });
    }
  },
});

/** Case, white space, curly quotes, "&" for "and" and trailing punctuation do not make two section names differ. */
export function normaliseHeading(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/ ?& ?/g, " and ")
    .trim();
  let end = words.length;
  while (end > 0 && TRAILING.has(words.charAt(end - 1))) end--;
  return words.slice(0, end);
}

const TRAILING = new Set([" ", ".", ":", ";", "!", "?", ","]);
