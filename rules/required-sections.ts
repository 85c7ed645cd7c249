import { defineRule } from "../src/engine/rule.js";
import type { SectionKind } from "../src/posting/types.js";

interface Options {
  sections?: SectionKind[];
}

/** How a missing kind reads in a message, and a heading that would supply it. */
const KIND_TEXT: Record<SectionKind, { name: string; heading: string }> = {
  required: { name: "requirements (qualifications)", heading: "Requirements" },
  preferred: { name: "preferred qualifications", heading: "Nice to Have" },
  responsibilities: { name: "responsibilities", heading: "Responsibilities" },
  compensation: { name: "compensation", heading: "Compensation" },
  education: { name: "education", heading: "Education" },
  experience: { name: "experience", heading: "Experience" },
  skills: { name: "skills", heading: "Skills" },
  about: { name: "about", heading: "About Us" },
  summary: { name: "summary", heading: "Summary" },
  other: { name: "other", heading: "How to Apply" },
};

const KINDS = Object.keys(KIND_TEXT) as SectionKind[];

export default defineRule<Options>({
  meta: {
    id: "required-sections",
    description: "The posting lacks a section a candidate needs (by default responsibilities and requirements); reported on line 1",
    category: "structure",
    recommended: "warn",
    options: {
      type: "object",
      properties: {
        sections: {
          type: "array",
          items: { enum: KINDS },
          description: "Section kinds every posting must have (a heading's kind comes from its words: RULES.md, 'Sections and their kinds')",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { sections: ["responsibilities", "required"] },
    examples: {
      valid: [
        {
          name: "responsibilities and requirements present",
          text: "What You'll Do\n- Prep and cook menu items.\n\nWhat You Need\n- 1+ year on a line.\n",
        },
        {
          name: "sub-sections count (Required under Qualifications)",
          filePath: "example.md",
          text: "## Duties\n\n- Teach.\n\n## Qualifications\n\n### Required\n\n- A credential.\n",
        },
        {
          name: "a configured list",
          text: "Responsibilities\n- Teach.\n\nBenefits\n- Pension.\n",
          options: { sections: ["responsibilities", "compensation"] },
        },
      ],
      invalid: [
        {
          name: "no requirements section",
          text: "What You'll Do:\n- Prep and cook menu items.\n\nPerks:\n- Shift meals.\n",
          messages: [{ line: 1, column: 1, message: "No requirements (qualifications) section: add one (e.g. \"Requirements\")" }],
        },
        {
          name: "basic information is not the qualifications",
          filePath: "example.md",
          text:
            "# Cloud Adoption Lead\n\n## Basic Information\n\n**Location:** Remote\n\n" +
            "## Duties\n\n- Lead cloud migrations for federal agencies.\n",
          messages: [{ line: 1, message: "No requirements (qualifications) section: add one (e.g. \"Requirements\")" }],
        },
        {
          name: "one finding per missing kind",
          filePath: "example.md",
          text: "# Line Cook\n\n## About Us\n\nA 90-seat kitchen.\n",
          messages: [
            { line: 1, message: "No responsibilities section: add one (e.g. \"Responsibilities\")" },
            { line: 1, message: "No requirements (qualifications) section: add one (e.g. \"Requirements\")" },
          ],
        },
        {
          name: "headings inside an HTML comment do not count",
          filePath: "example.md",
          text: "## Qualifications\n\n- A degree.\n\n<!--\n## Duties\n\n- Plan.\n-->\n",
          messages: [{ line: 1, message: "No responsibilities section: add one (e.g. \"Responsibilities\")" }],
        },
      ],
    },
  },
  create(context) {
    const wanted = context.options.sections ?? ["responsibilities", "required"];
    for (const kind of wanted) {
      if (!KINDS.includes(kind)) throw new Error(`required-sections: unknown section kind "${String(kind)}" (use one of ${KINDS.join(", ")})`);
    }
    const present = new Set(context.posting.sections.filter((s) => s.heading).map((s) => s.kind));
    for (const kind of new Set(wanted)) {
      if (present.has(kind)) continue;
      const { name, heading } = KIND_TEXT[kind];
      context.report({ message: `No ${name} section: add one (e.g. "${heading}")`, loc: { line: 1 } });
    }
  },
});
