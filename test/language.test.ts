import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../src/index.js";

type Entry = "warn" | ["warn", Record<string, unknown>];

function lint(rule: string, text: string, filePath = "p.md", options?: Record<string, unknown>) {
  const entry: Entry = options ? ["warn", options] : "warn";
  return lintText(text, { filePath, rules: { [rule]: entry }, base: "none" }).messages;
}
const lines = (rule: string, text: string, filePath = "p.md", options?: Record<string, unknown>) =>
  lint(rule, text, filePath, options).map((m) => m.line);

const LANGUAGE_RULES = ["inclusive-language", "no-buzzwords", "no-placeholders"];
const quiet = (text: string, filePath = "p.md") => LANGUAGE_RULES.flatMap((rule) => lint(rule, text, filePath).map((m) => `${rule}: ${m.message}`));

describe("the false positives that buried joblint", () => {
  it.each([
    ["competence is not compete", "Demonstrated competence in payroll systems."],
    ["'top' in 'on top of' is not competitive talk", "Build on top of our platform and stay on top of the queue."],
    ["a positive-action sentence naming women", "We particularly encourage applications from women and those who do not identify as men."],
    ["Recent Graduates naming a federal programme", "Oversee the Recent Graduates portion of the fellowship and all Pathways Recent College Graduate requirements."],
    ["a native-level proficiency requirement", "Native level proficiency in the Spanish language is required."],
    ["a licence title", "Journeyman Electrician - Commercial. Report to the foreman."],
    ["safety gear", "Crews must wear hard hats and steel-toe boots."],
    ["a build tool and a UI part", "We build with CMake and Ninja and are rebuilding the setup wizard."],
    ["a surname", "Please contact Dana Manning or Guy Young with questions."],
  ])("%s", (_name, text) => {
    expect(quiet(`${text}\n`)).toEqual([]);
  });
});

describe("inclusive-language", () => {
  it("offers each alternative as a suggestion, in the case of the original", () => {
    const [m] = lint("inclusive-language", "Native English speaker with excellent written communication.\n");
    expect(m?.suggestions?.map((s) => [s.desc, s.fix.text])).toEqual([["Replace with \"Fluent English speaker\"", "Fluent English speaker"]]);
    expect(m?.fix).toBeUndefined();
  });

  it("never applies a suggestion with --fix", () => {
    const text = "- Act as the top salesman on the floor.\n";
    const fixed = fixText(text, { filePath: "p.md", rules: { "inclusive-language": "warn" }, base: "none" });
    expect(fixed.fixed).toBe(false);
    expect(fixed.output).toBe(text);
  });

  it("a suggestion replaces exactly the matched words", () => {
    const text = "The fellow applies his/her expertise.\n";
    const [m] = lint("inclusive-language", text);
    const fix = m!.suggestions![0]!.fix;
    expect(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])).toBe("The fellow applies their expertise.\n");
  });

  it("keeps the words a … stood for", () => {
    const [m] = lint("inclusive-language", "Join our young and dynamic team.\n");
    expect(m?.message).toBe('"young and dynamic team" signals an age preference; use "dynamic team"');
  });

  it("flags the words in Markdown, plain text, headings and list items alike", () => {
    expect(lines("inclusive-language", "# Chairman of the Board\n\n- Our guys earn a bonus.\n")).toEqual([1, 3]);
    expect(lines("inclusive-language", "Salesmen wanted\n\tHelp the guys on the dish line.\n", "p.txt")).toEqual([1, 2]);
  });

  it("does not read front matter, code, comments or template syntax", () => {
    const text = "---\ntitle: Salesman\n---\n\n<!-- guys -->\n`manpower` {{ page.chairman }} {% if guys %}x{% endif %}\n";
    expect(lint("inclusive-language", text)).toEqual([]);
  });

  it("options: add, remove and allow", () => {
    const text = "Ask the guys at Five Guys; talk to Brigham Young alumni; our craftsman is young, energetic staff.\n";
    expect(lint("inclusive-language", text).map((m) => m.message.split('"')[1])).toEqual(["guys", "young, energetic staff"]);
    const options = { add: ["craftsman"], remove: ["young"], allow: ["the guys"] };
    expect(lint("inclusive-language", text, "p.md", options).map((m) => m.message.split('"')[1])).toEqual(["craftsman"]);
  });
});

describe("no-buzzwords", () => {
  it("matches the listed phrases with their inflections", () => {
    const text = [
      "- Works hard and plays hard.",
      "- Hitting the ground running.",
      "- Wearing multiple hats in a fast paced work environment.",
      "- Rock stars, super-stars, gurus and unicorns.",
      "- We're one big family.",
    ].join("\n");
    expect(lint("no-buzzwords", `${text}\n`).map((m) => m.message.split('"')[1])).toEqual([
      "Works hard and plays hard",
      "Hitting the ground running",
      "Wearing multiple hats",
      "fast paced work environment",
      "Rock stars",
      "super-stars",
      "gurus",
      "unicorns",
      "We're one big family",
    ]);
  });

  it("a capitalised hero word at the start of a sentence or in a heading is still a buzzword", () => {
    expect(lines("no-buzzwords", "# Backend Ninja Wanted\n\nNinjas apply within.\n")).toEqual([1, 3]);
  });

  it("options: remove by id, add phrases", () => {
    const text = "A guru and a ninja with synergy.\n";
    expect(lines("no-buzzwords", text, "p.md", { remove: ["guru", "ninja"], add: ["synergy"] })).toEqual([1]);
    expect(lint("no-buzzwords", text, "p.md", { remove: ["guru", "ninja"] })).toEqual([]);
  });
});

describe("gender-coded-language", () => {
  const report = (text: string, options?: Record<string, unknown>) => lint("gender-coded-language", text, "p.md", options).map((m) => [m.line, m.message]);

  it("reports on line 1 with the balance and the words", () => {
    const text = "# Engineer\n\nBe ambitious, assertive, decisive and competitive.\n";
    expect(report(text)).toEqual([
      [1, "Strongly masculine-coded wording: 4 masculine-coded words (ambitious, assertive, decisive, competitive) against 0 feminine-coded"],
    ]);
  });

  it("needs a difference of 4 and a 2:1 lean by default", () => {
    expect(report("Ambitious, assertive, decisive.\n")).toEqual([]);
    // 8 against 4: a difference of 4 at exactly 2:1.
    const eight = "Ambitious assertive decisive competitive confident courageous fearless outspoken; warm, loyal, honest and kind.\n";
    expect(report(eight)).toHaveLength(1);
    expect(report(eight.replace("; warm", "; gentle, warm"))).toEqual([]);
    expect(report("Ambitious, assertive, decisive.\n", { minDifference: 3 })).toHaveLength(1);
    expect(report(eight, { minRatio: 3 })).toEqual([]);
  });

  it("counts each word once, with its longest stem", () => {
    expect(report("Dominant dominant dominant dominant.\n")[0]?.[1]).toMatch(/^Strongly masculine-coded wording: 4 masculine-coded words \(dominant ×4\)/);
    expect(report("Self-reliant self-confident head-strong co-operative\n", { minDifference: 1, minRatio: 1 })[0]?.[1]).toMatch(
      /3 masculine-coded words \(self-reliant, self-confident, head-strong\) against 1 feminine-coded \(co-operative\)/,
    );
  });

  it("does not count look-alikes, section words, names or pay wording", () => {
    const text = [
      "## Leadership",
      "",
      "Responsibilities: incident response and analytics for the committee; dependencies and kindergarten kinds.",
      "Competitive salary. Feel free to apply. Competence with data-driven design and Active Directory.",
      "Salary will be determined by grade and is locality dependent. Report to our leadership team.",
    ].join("\n");
    expect(report(`${text}\n`, { minDifference: 1, minRatio: 1 })).toEqual([]);
  });

  it("options: add, remove and allow", () => {
    const text = "Hungry, ambitious, assertive, decisive, competitive.\n";
    expect(report(text)).toHaveLength(1);
    expect(report(text, { remove: ["ambitio"] })).toEqual([]);
    expect(report("Hungry scrappy tireless relentless.\n", { add: { masculine: ["hungry", "scrapp", "tireless", "relentless"] } })).toHaveLength(1);
    expect(report(text, { allow: ["competitive"] })).toEqual([]);
  });
});

describe("no-placeholders", () => {
  it("template syntax of the site is not a placeholder; words in template braces are", () => {
    const text = [
      "{% if page.opens == 'tbd' %}",
      "Apply at {{ site.baseurl }}/apply by {{ page.closes | date: '%B' }}, {{name}}, {{ company_name }}, {{formatDate date}}.",
      "{% endif %}",
      "Join {{ Company Name }} or {{ INSERT JOB TITLE }} {{- Your Team -}}.",
    ].join("\n");
    expect(lint("no-placeholders", `${text}\n`).map((m) => [m.line, m.message])).toEqual([
      [4, 'Unfilled placeholder "{{ Company Name }}"'],
      [4, 'Unfilled placeholder "{{ INSERT JOB TITLE }}"'],
      [4, 'Unfilled placeholder "{{- Your Team -}}"'],
    ]);
  });

  it("front matter values and comments are data, not text", () => {
    const text = "---\nopens: 'TBD'\n# salary_min: 'ENTER SALARY MIN' (XXX,XXX)\n---\n\n<!-- INSERT loop of all performance descriptions once created -->\n{% comment %}TODO{% endcomment %}\nBody.\n";
    expect(lint("no-placeholders", text)).toEqual([]);
  });

  it("bracketed slots in text and Markdown, but not links, footnotes or tags", () => {
    const md = "See [our team](https://x.test) and [the docs][1] [^1].<br>\n\n[1]: https://x.test\n\nHi <span class=\"x\">[Remote]</span> [Hiring Manager Name] <Your Name Here>.\n";
    expect(lint("no-placeholders", md).map((m) => m.message)).toEqual([
      'Unfilled placeholder "[Hiring Manager Name]"',
      'Unfilled placeholder "<Your Name Here>"',
    ]);
    const txt = "Apply: [Apply here](https://x.test) - [Company Name] - <insert location> - {Job Title} - [x] done\n";
    expect(lint("no-placeholders", txt, "p.txt").map((m) => m.message)).toEqual([
      'Unfilled placeholder "[Company Name]"',
      'Unfilled placeholder "<insert location>"',
      'Unfilled placeholder "{Job Title}"',
    ]);
  });

  it("runs of X stand for figures; a single X or an X-word does not", () => {
    const text = "Pay $XX,XXX or £xx,xxx. Call XXX-XXX-XXXX. Grade GS-XX. Budget $Xk. Product X and Xbox, XL.\n";
    expect(lint("no-placeholders", text).map((m) => m.message.split('"')[1])).toEqual(["$XX,XXX", "£xx,xxx", "XXX-XXX-XXXX", "GS-XX", "$Xk"]);
  });

  it("TODO and FIXME only in capitals; TBD in any case", () => {
    expect(lint("no-placeholders", "Build a todo app. Start date: tbd. TODO: add perks.\n").map((m) => m.message.split('"')[1])).toEqual(["tbd", "TODO"]);
  });

  it("all-capitals template instructions, not shouting or acronyms", () => {
    const text = [
      "ENTER OPPORTUNITY INFORMATION HERE.",
      "",
      "COPY AND PASTE THE COMPETENCY BULLET POINTS FROM THE SPECIALIZED EXPERIENCE",
      "",
      "OMAR TO CONFIRM THIS WITH Cristina.",
      "",
      "APPLY NOW AND JOIN US",
      "",
      "AWS EC2 S3 IAM and GCP",
      "",
      "YOUR COMPANY LOGO HERE",
    ].join("\n");
    expect(lines("no-placeholders", `${text}\n`)).toEqual([1, 3, 11]);
  });

  it("one finding per spot", () => {
    expect(lines("no-placeholders", "Salary: [TBD]\n")).toEqual([1]);
  });

  it("takes linear time on a 1 MB line of brackets", () => {
    const text = "[a <b {c [Company Name] XX,XX TBD ".repeat(30_000);
    expect(lint("no-placeholders", text, "p.txt").length).toBe(3 * 30_000);
  });
});
