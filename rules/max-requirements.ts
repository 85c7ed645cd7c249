import { defineRule } from "../src/engine/rule.js";
import type { Item, Posting, SectionKind } from "../src/posting/types.js";

interface Options {
  max?: number;
}

/** Sections whose items a candidate must meet. */
const REQUIREMENT_KINDS = new Set<SectionKind>(["required", "education", "experience", "skills"]);
const DEFAULT_MAX = 12;

export default defineRule<Options>({
  meta: {
    id: "max-requirements",
    description:
      "More mandatory requirement items than the maximum (items of requirement, education, experience and skills sections that are not preferred); reported on the first item over the limit",
    category: "consistency",
    recommended: "off",
    options: {
      type: "object",
      properties: { max: { type: "integer", minimum: 0, description: "The most mandatory requirement items a posting may list" } },
      additionalProperties: false,
    },
    defaultOptions: { max: DEFAULT_MAX },
    examples: {
      valid: [
        {
          name: "within the limit; preferred items do not count",
          text: "Requirements\n- Go.\n- SQL.\n- Linux.\n\nNice to Have\n- Rust.\n- Kafka.\n",
          options: { max: 3 },
        },
        {
          name: "a requirement that calls itself a plus is not mandatory",
          text: "Requirements\n- Go.\n- SQL.\n- Rust is a plus.\n",
          options: { max: 2 },
        },
        {
          name: "a lead-in line is not a requirement",
          filePath: "example.md",
          text: "## Requirements\n\nYou will need:\n\n- Go.\n- SQL.\n",
          options: { max: 2 },
        },
      ],
      invalid: [
        {
          name: "one item too many, across requirement sections",
          text: "Requirements\n- Go.\n- SQL.\n\nSkills\n- Linux.\n- Terraform.\n\nPreferred\n- Rust.\n",
          options: { max: 3 },
          messages: [{ line: 7, column: 3, message: "4 mandatory requirements, more than the maximum of 3: this is the first over the limit" }],
        },
      ],
    },
  },
  create(context) {
    const max = context.options.max ?? DEFAULT_MAX;
    const mandatory = mandatoryRequirements(context.posting);
    const over = mandatory[max];
    if (!over) return;
    context.report({
      message: `${mandatory.length} mandatory requirements, more than the maximum of ${max}: this is the first over the limit`,
      range: over.range,
    });
  },
});

/** Items in requirement sections that are not optional: an item is optional when every statement extracted from it is. */
function mandatoryRequirements(posting: Posting): Item[] {
  const optional = new Map<Item, boolean>();
  for (const s of posting.statements) optional.set(s.item, (optional.get(s.item) ?? true) && s.optional);
  return posting.items.filter((item) => REQUIREMENT_KINDS.has(item.section.kind) && !isLeadIn(item) && optional.get(item) !== true);
}

/** "You will need:" introduces the list; it asks nothing itself. */
function isLeadIn(item: Item): boolean {
  return /[:：]\s*$/.test(item.text);
}
