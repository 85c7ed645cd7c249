import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { parsePosting } from "../src/posting/parse.js";
import { hasVisibleContent } from "../src/posting/section-body.js";
import { findTemplateBranches, inExclusiveBranches } from "../src/posting/template-branches.js";

function lint(rule: string, text: string, filePath = "posting.md", options?: Record<string, unknown>): string[] {
  return lintText(text, { filePath, base: "none", rules: { [rule]: options ? ["warn", options] : "warn" } }).messages.map(
    (m) => `${m.line}: ${m.message}`,
  );
}

describe("no-duplicate-sections", () => {
  const rule = "no-duplicate-sections";

  it("a setext and an ATX heading with the same words are duplicates", () => {
    expect(lint(rule, "Requirements\n------------\n\n- Go.\n\n## Benefits\n\n- Dental.\n\n## Requirements\n\n- SQL.\n")).toEqual([
      '10: Duplicate section "Requirements": first at line 1',
    ]);
  });

  it("curly and straight apostrophes, '&' and 'and', spacing do not differ", () => {
    expect(lint(rule, "## What You’ll Do\n\nA.\n\n## What you'll  do\n\nB.\n\n## Pay & Benefits\n\nC.\n\n## Pay and benefits\n\nD.\n")).toEqual([
      "5: Duplicate section \"What you'll  do\": first at line 1",
      '13: Duplicate section "Pay and benefits": first at line 9',
    ]);
  });

  it("the same sub-heading under different parents is a duplicate (the rule reads literally)", () => {
    const text = "## Design\n\n**GS15 objectives:**\n\n- A.\n\n## Research\n\n**GS15 objectives:**\n\n- B.\n";
    expect(lint(rule, text)).toEqual(['9: Duplicate section "GS15 objectives": first at line 3']);
  });

  it("headings inside comments and front matter are not headings", () => {
    const text = "---\n# Requirements\n---\n## Requirements\n\nA.\n\n<!--\n## Requirements\n-->\n{% comment %}\n## Requirements\n{% endcomment %}\n";
    expect(lint(rule, text)).toEqual([]);
  });

  it("a copy in an else branch still clashes with a copy outside the block", () => {
    const text = "## Duties\n\nA.\n\n{% if x %}\nB.\n{% else %}\n## Duties\n\nC.\n{% endif %}\n";
    expect(lint(rule, text)).toEqual(['8: Duplicate section "Duties": first at line 1']);
  });

  it("plain-text headings", () => {
    expect(lint(rule, "QUALIFICATIONS:\n- A.\n\nBENEFITS\n- B.\n\nQualifications\n- C.\n", "posting.txt")).toEqual([
      '7: Duplicate section "Qualifications": first at line 1',
    ]);
  });
});

describe("no-empty-sections", () => {
  const rule = "no-empty-sections";

  it("a setext underline is not body", () => {
    expect(lint(rule, "Benefits\n--------\n\nPerks\n-----\n\n- Gym.\n")).toEqual(['1: Section "Benefits" is empty']);
  });

  it("HTML tags without text, Liquid logic tags and empty list items are not body", () => {
    expect(lint(rule, '## Perks\n\n<div class="paragraph"></div>\n\n## Duties\n\n{% if page.x %}\n{% endif %}\n\n## Key objective #1\n\n-\n-\n')).toEqual([
      '1: Section "Perks" is empty',
      '5: Section "Duties" is empty',
      '10: Section "Key objective #1" is empty',
    ]);
  });

  it("template output, an HTML table with text and code are body", () => {
    expect(lint(rule, "## Location\n\n{{ page.location }}\n\n## Table\n\n<table><tr><td>GS-15</td></tr></table>\n\n## Code\n\n```\nmake\n```\n")).toEqual([]);
  });

  it("a section at the end of the file, and a heading without words is left alone", () => {
    expect(lint(rule, "## Responsibilities\n\n- Teach.\n\n## How to Apply\n\n#\n")).toEqual(['5: Section "How to Apply" is empty']);
  });

  it("a deeper heading is a sub-section; a shallower one ends the section", () => {
    expect(lint(rule, "## Qualifications\n### Required\n- A.\n## Benefits\n# Next posting\nText.\n")).toEqual(['4: Section "Benefits" is empty']);
  });

  it("plain text: a known section name with no body", () => {
    expect(lint(rule, "Overview\n\tWe build.\n\nBenefits\n\nPhysical Demands\n\tLift 50 pounds.\n", "posting.txt")).toEqual([
      '4: Section "Benefits" is empty',
    ]);
  });
});

describe("hasVisibleContent", () => {
  const has = (text: string) => hasVisibleContent(text, { start: 0, end: text.length });
  it.each([
    ["", false],
    ["\n---\n", false],
    ["<!-- note -->", false],
    ["{% comment ---- %}\nnote\n{% endcomment ---- %}", false],
    ["{% include job/apply_button.html %}", true],
    ["{{ page.title }}", true],
    ["<br/>", false],
    ["<p>Hello</p>", true],
    ["- ", false],
    ["**Location:** Remote", true],
  ])("%j -> %s", (text, expected) => {
    expect(has(text)).toBe(expected);
  });
});

describe("template branches", () => {
  const at = (text: string, marker: string) => text.indexOf(marker);

  it("if / elsif / else are exclusive, nested blocks keep their parent's condition", () => {
    const text = "{% if a %}A{% if b %}B{% endif %}{% elsif c %}C{% else %}D{% endif %}E";
    const segments = findTemplateBranches(text);
    const ex = (x: string, y: string) => inExclusiveBranches(segments, at(text, x), at(text, y));
    expect(ex("A", "C")).toBe(true);
    expect(ex("B", "D")).toBe(true);
    expect(ex("C", "D")).toBe(true);
    expect(ex("A", "B")).toBe(false);
    expect(ex("A", "E")).toBe(false);
  });

  it("!= and unless negate ==; case/when branches are exclusive", () => {
    const text =
      "{% if page.state == 'up' %}A{% endif %}{% if page.state != \"up\" %}B{% endif %}{% unless page.state == 'up' %}C{% endunless %}" +
      "{% case page.kind %}{% when 'x' %}X{% when 'y' %}Y{% endcase %}";
    const segments = findTemplateBranches(text);
    const ex = (x: string, y: string) => inExclusiveBranches(segments, at(text, x), at(text, y));
    expect(ex("A", "B")).toBe(true);
    expect(ex("A", "C")).toBe(true);
    expect(ex("B", "C")).toBe(false);
    expect(ex("X", "Y")).toBe(true);
  });

  it("a segment keeps at most 64 conditions, however deep the nesting or long the elsif chain (linear time and memory)", () => {
    for (const text of ["{% if a %}x".repeat(1000), ("{% case k %}" + "{% when 1 %}x").repeat(1000), "{% if a %}" + "{% elsif b %}x".repeat(1000)]) {
      const segments = findTemplateBranches(text);
      expect(segments.length).toBeGreaterThanOrEqual(1000);
      expect(Math.max(...segments.map((s) => s.conditions.length))).toBeLessThanOrEqual(64);
    }
    // The outer conditions are the ones kept: the first two branches of a deep nest are still told apart.
    const text = "{% if a %}A{% else %}" + "{% if b %}".repeat(200) + "B";
    const segments = findTemplateBranches(text);
    expect(inExclusiveBranches(segments, text.indexOf("A"), text.indexOf("B"))).toBe(true);
  });

  it("tags inside {% comment %} do not open branches", () => {
    const text = "{% comment %}{% if a %}{% endcomment %}A";
    expect(findTemplateBranches(text)).toEqual([]);
  });
});

describe("required-sections", () => {
  const rule = "required-sections";

  it("a sub-section without a kind of its own takes its parent's", () => {
    expect(lint(rule, "## Duties\n\n- Teach.\n\n## Requirements\n\n### Technical\n\n- Go.\n")).toEqual([]);
  });

  it("Preferred Qualifications alone is not the required kind", () => {
    expect(lint(rule, "## Responsibilities\n\n- A.\n\n## Preferred Qualifications\n\n- B.\n")).toEqual([
      '1: No requirements (qualifications) section: add one (e.g. "Requirements")',
    ]);
  });

  it("an empty list requires nothing; unknown kinds are a configuration error", () => {
    expect(lint(rule, "Just text.\n", "posting.txt", { sections: [] })).toEqual([]);
    expect(() => lint(rule, "x\n", "posting.txt", { sections: ["benefits"] })).toThrow(/sections/);
  });

  it("a preamble is no section: a posting without headings lacks both", () => {
    expect(lint(rule, "We need a cook who can work weekends.\n", "posting.txt")).toHaveLength(2);
  });
});

describe("max-requirements", () => {
  const rule = "max-requirements";
  const items = (n: number) => Array.from({ length: n }, (_, i) => `- Requirement number ${i + 1}.`).join("\n");

  it("is off in the recommended set", () => {
    const text = `## Requirements\n\n${items(20)}\n`;
    expect(lintText(text, { filePath: "p.md" }).messages.filter((m) => m.ruleId === rule)).toEqual([]);
  });

  it("defaults to 12 and reports on the 13th item", () => {
    expect(lint(rule, `## Requirements\n\n${items(12)}\n`)).toEqual([]);
    expect(lint(rule, `## Requirements\n\n${items(13)}\n`)).toEqual([
      "15: 13 mandatory requirements, more than the maximum of 12: this is the first over the limit",
    ]);
  });

  it("counts education, experience and skills sections, not preferred or responsibilities", () => {
    const text = "## Responsibilities\n\n- A.\n- B.\n\n## Education\n\n- C.\n\n## Experience\n\n- D.\n\n## Skills\n\n- E.\n\n## Nice to Have\n\n- F.\n";
    expect(lint(rule, text, "p.md", { max: 2 })).toEqual(["16: 3 mandatory requirements, more than the maximum of 2: this is the first over the limit"]);
  });

  it("skips items whose statements call themselves optional", () => {
    expect(lint(rule, "## Requirements\n\n- Go.\n- Rust is a plus.\n", "p.md", { max: 1 })).toEqual([]);
    expect(lint(rule, "## Requirements\n\n- Go.\n- Rust.\n", "p.md", { max: 1 })).toEqual([
      "4: 2 mandatory requirements, more than the maximum of 1: this is the first over the limit",
    ]);
  });
});

describe("linear time", () => {
  it("lints a large posting with every structure rule quickly", () => {
    const block = "Requirements\n- Go.\n\nBenefits\n\nRequirements\n- SQL.\nSalary: $1 - $2 per hour\n\n";
    const text = block.repeat(10_000);
    const result = lintText(text, {
      filePath: "big.txt",
      base: "none",
      rules: { "no-duplicate-sections": "warn", "no-empty-sections": "warn", "required-sections": "warn", "pay-transparency": "warn", "max-requirements": "warn" },
    });
    expect(result.messages.filter((m) => m.ruleId === "no-duplicate-sections")).toHaveLength(29_998);
  });

  it("a 1 MB single line", () => {
    const text = "Salary: $1,000 to $2,000 per hour, competitive; ".repeat(22_000);
    const result = lintText(text, { filePath: "line.md", base: "none", rules: { "pay-transparency": "warn", "no-empty-sections": "warn" } });
    expect(result.messages).toEqual([]);
  });
});
