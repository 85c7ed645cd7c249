import { defineRule, type Fix } from "../src/engine/rule.js";
import { classifyCase, rewriteCase, startsWithValue, type CaseInfo, type CaseStyle, type NameForms } from "../src/posting/heading-case.js";
import { nameForms } from "../src/posting/name-forms.js";
import type { Heading, HeadingCase, HeadingMarkup, Posting } from "../src/posting/types.js";
import { HeadingEditor } from "./lib/heading-edit.js";
import { clearMajority } from "./lib/majority.js";

interface Options {
  case?: CaseStyle;
  colon?: boolean;
  markup?: HeadingMarkup;
}

/** The one style the posting's headings should share; each part is unset where neither configuration nor a clear majority decides it. */
interface Style {
  markup?: HeadingMarkup;
  case?: HeadingCase;
  colon?: boolean;
  indent?: string;
  /** Which parts come from the options rather than the majority. */
  configured: Set<"markup" | "case" | "colon">;
}

const MARKUPS: Record<Posting["format"], readonly HeadingMarkup[]> = {
  markdown: ["atx", "setext", "bold"],
  text: ["plain", "banner"],
  html: ["element", "bold", "plain"],
  json: ["element", "bold", "plain"],
};

export default defineRule<Options>({
  meta: {
    id: "heading-style",
    description: "Headings of one posting share one style: markup, capitalisation, trailing colon, indentation and level",
    category: "formatting",
    recommended: "warn",
    fixable: true,
    options: {
      type: "object",
      properties: {
        case: { enum: ["title", "sentence", "upper"], description: "Capitalisation every heading must use (default: the dominant one)" },
        colon: { type: "boolean", description: "Whether headings end with a colon (default: as most do)" },
        markup: {
          enum: ["atx", "setext", "bold", "plain", "banner", "element"],
          description: "Heading markup (default: the dominant one); a markup the file's format has not is ignored",
        },
      },
      additionalProperties: false,
    },
    examples: {
      valid: [
        {
          name: "consistent Title Case ATX headings; a one-word heading fits any case",
          filePath: "example.md",
          text: "# Backend Engineer\n\n## About Us\n\nWe build payment rails.\n\n## What You'll Do\n\n- Build services.\n\n## Requirements\n\n- 3+ years of Go.\n",
        },
        {
          name: "acronyms and product names are no case error",
          filePath: "example.md",
          text: "## About the team\n\nText.\n\n## Working with AWS and iOS\n\nText.\n\n## Nice to have\n\n- C++ experience.\n",
        },
        {
          name: "the title is judged apart from the section headings",
          filePath: "example.md",
          text: "# Senior Data Engineer\n\n## About us\n\nText.\n\n## What you'll do\n\nText.\n\n## How to apply\n\nText.\n",
        },
        {
          name: "a bold label with its value is metadata, not a heading",
          filePath: "example.md",
          text: "## About Us\n\n**Location:** Remote\n\n## What You'll Do\n\n- Ship.\n\n## Benefits\n\n- Pay.\n",
        },
        {
          name: "a near tie has no dominant style",
          filePath: "example.md",
          text: "## About us\n\nText.\n\n## What you'll do\n\nText.\n\n## Nice to Have\n\nText.\n\n## How to Apply\n\nText.\n",
        },
        {
          name: "in HTML, indentation is no heading style (a browser does not show it)",
          filePath: "example.html",
          text: "<h2>About Us</h2>\n<p>We bake.</p>\n<h2>\tWhat You'll Do</h2>\n<ul><li>Bake.</li></ul>\n<h2>Benefits</h2>\n<ul><li>Bread.</li></ul>\n",
        },
        {
          name: "going back up any number of levels is no jump",
          filePath: "example.md",
          text: "# Title\n\n## Qualifications\n\n### Required\n\n- Go.\n\n## Benefits\n\n- Pay.\n",
        },
      ],
      invalid: [
        {
          name: "plain-text headings not indented like the others (tab indentation is never inserted)",
          text: "Job Area: Engineering\n\t\tGeneral Summary\n\t\tBuild compilers.\n\t\tMinimum Qualifications\n\t\tA degree.\nEducation\n\t\tBachelor's degree.\n\t\tPreferred Qualifications\n\t\tMLIR.\n",
          messages: [{ line: 6, column: 1, message: "Heading is not indented; the dominant style is indented with 2 tabs" }],
        },
        {
          name: "a tab-indented heading among headings at column 0",
          text: "About Us:\nWe build software.\n\nResponsibilities:\n- Operate clusters.\n\nRequirements:\n- Kubernetes.\n\n\tBenefits:\n- Equity.\n",
          messages: [{ line: 10, message: "Heading is indented with 1 tab; the dominant style is not indented" }],
          output: "About Us:\nWe build software.\n\nResponsibilities:\n- Operate clusters.\n\nRequirements:\n- Kubernetes.\n\nBenefits:\n- Equity.\n",
        },
        {
          name: "Title Case among UPPER CASE headings",
          text: "ABOUT US\nWe sell plants.\n\nWHAT YOU'LL DO\n- Lead the store.\n\nWHAT YOU NEED\n- Retail experience.\n\nPay and Benefits\n- Health insurance.\n",
          messages: [{ line: 10, message: "Heading is in Title Case; the dominant style is UPPER CASE" }],
          output: "ABOUT US\nWe sell plants.\n\nWHAT YOU'LL DO\n- Lead the store.\n\nWHAT YOU NEED\n- Retail experience.\n\nPAY AND BENEFITS\n- Health insurance.\n",
        },
        {
          name: "a trailing colon where the others have none, and the reverse",
          text: "OVERVIEW\nWe analyse claims.\n\nRESPONSIBILITIES\n- Build reports.\n\nREQUIREMENTS\n- SQL.\n\nBENEFITS:\n- Pension.\n",
          messages: [{ line: 10, message: "Heading ends with a colon; the dominant style is no trailing colon" }],
          output: "OVERVIEW\nWe analyse claims.\n\nRESPONSIBILITIES\n- Build reports.\n\nREQUIREMENTS\n- SQL.\n\nBENEFITS\n- Pension.\n",
        },
        {
          name: "a plain line among banner headings",
          text: "=== ABOUT US ===\nWe sell plants.\n\n=== RESPONSIBILITIES ===\n- Lead the store.\n\nREQUIREMENTS\n- Retail experience.\n",
          messages: [{ line: 7, message: "Heading is a plain line; the dominant style is a banner (=== ... ===)" }],
          output: "=== ABOUT US ===\nWe sell plants.\n\n=== RESPONSIBILITIES ===\n- Lead the store.\n\n=== REQUIREMENTS ===\n- Retail experience.\n",
        },
        {
          name: "a level jump in Markdown",
          filePath: "example.md",
          text: "# Backend Engineer\n\n### What You'll Do\n\n- Build services.\n\n## Requirements\n\n- Rust.\n",
          messages: [{ line: 3, message: "Heading level jumps from '#' to '###'; use '##'" }],
          output: "# Backend Engineer\n\n## What You'll Do\n\n- Build services.\n\n## Requirements\n\n- Rust.\n",
        },
        {
          name: "in HTML, a bold paragraph among <h2> headings, and a level jump, are reported but not fixed",
          filePath: "example.html",
          text:
            "<h1>Baker</h1>\n<h3>About Us</h3>\n<p>We bake.</p>\n<h2>What You'll Do</h2>\n<ul><li>Bake.</li></ul>\n" +
            "<p><b>Requirements</b></p>\n<ul><li>Flour.</li></ul>\n<h2>Benefits</h2>\n<ul><li>Bread.</li></ul>\n",
          messages: [
            { line: 2, message: "Heading level jumps from '<h1>' to '<h3>'; use '<h2>'" },
            { line: 6, message: "Heading is a bold line; the dominant style is an <h1>-<h6> element" },
          ],
        },
        {
          name: "a bold-line heading among ATX headings becomes ATX at its siblings' level",
          filePath: "example.md",
          text: "# Engineer\n\n## About Us\n\nWe build rails.\n\n**Requirements**\n\n- Go.\n\n## Benefits\n\n- Pay.\n\n## How to Apply\n\nWrite to us.\n",
          messages: [{ line: 7, message: "Heading is a bold line; the dominant style is ATX ('#')" }],
          output: "# Engineer\n\n## About Us\n\nWe build rails.\n\n## Requirements\n\n- Go.\n\n## Benefits\n\n- Pay.\n\n## How to Apply\n\nWrite to us.\n",
        },
        {
          name: "an ATX heading among bold-line headings",
          filePath: "example.md",
          text: "**HVAC Technician**\n\n**About Us**\n\nWe fix furnaces.\n\n**Responsibilities**\n\n- Repair units.\n\n## Requirements\n\n- EPA 608.\n\n**Benefits**\n\n- Van.\n",
          messages: [{ line: 11, message: "Heading is ATX ('##'); the dominant style is a bold line" }],
          output: "**HVAC Technician**\n\n**About Us**\n\nWe fix furnaces.\n\n**Responsibilities**\n\n- Repair units.\n\n**Requirements**\n\n- EPA 608.\n\n**Benefits**\n\n- Van.\n",
        },
        {
          name: "a setext heading among ATX headings",
          filePath: "example.md",
          text: "# Developer\n\n## Responsibilities\n\n- Build UI.\n\nRequirements\n------------\n\n- React.\n\n## Benefits\n\n- Laptop.\n",
          messages: [{ line: 7, message: "Heading is setext (underlined); the dominant style is ATX ('#')" }],
          output: "# Developer\n\n## Responsibilities\n\n- Build UI.\n\n## Requirements\n\n- React.\n\n## Benefits\n\n- Laptop.\n",
        },
        {
          name: "configured sentence case rewrites Title Case headings, title included, and keeps acronyms and names",
          filePath: "example.md",
          options: { case: "sentence" },
          text: "# Senior Backend Engineer (Rust)\n\nOur services are written in Rust on AWS.\n\n## What You'll Do on AWS\n\n- Build.\n\n## Nice to Have\n\n- iOS.\n\n## Benefits\n\n- Pay.\n",
          messages: [
            { line: 1, message: "Heading is in Title Case; the configured style is sentence case" },
            { line: 5, message: "Heading is in Title Case; the configured style is sentence case" },
            { line: 9, message: "Heading is in Title Case; the configured style is sentence case" },
          ],
          output: "# Senior backend engineer (Rust)\n\nOur services are written in Rust on AWS.\n\n## What you'll do on AWS\n\n- Build.\n\n## Nice to have\n\n- iOS.\n\n## Benefits\n\n- Pay.\n",
        },
        {
          name: "sentence-case headings among Title Case ones, and a configured colon",
          filePath: "example.md",
          options: { colon: false },
          text: "## Role Summary:\n\nText.\n\n## Key Objectives\n\n### Key objective #1: grow the team\n\nText.\n\n## Basic Information\n\nText.\n\n## Job Summary\n\nText.\n",
          messages: [
            { line: 1, message: "Heading ends with a colon; the configured style is no trailing colon" },
            { line: 7, message: "Heading is in sentence case; the dominant style is Title Case" },
          ],
          output: "## Role Summary\n\nText.\n\n## Key Objectives\n\n### Key Objective #1: Grow the Team\n\nText.\n\n## Basic Information\n\nText.\n\n## Job Summary\n\nText.\n",
        },
      ],
    },
  },
  create(context) {
    const { posting, options } = context;
    const headings = posting.headings;
    if (headings.length === 0) return;
    const title = titleHeading(posting);
    const editor = new HeadingEditor(posting);
    // Template syntax is blanked in a heading's text; a heading that opens with it has no first word to capitalise.
    const afterValue = new Set(headings.filter((h) => startsWithValue(editor.rawText(h))));
    const cases = new Map(headings.map((h) => [h, classifyCase(h.text, afterValue.has(h))]));
    const style = dominantStyle(posting, headings.filter((h) => h !== title), options, cases);
    const jumps = posting.format === "markdown" || posting.view ? levelJumps(headings) : new Map<Heading, Jump>();
    const atxLevel = boldToAtxLevels(headings, editor, title);
    let names: NameForms | undefined;
    const nameLookup: NameForms = (word) => (names ??= nameForms(posting.items, fieldValues(posting)))(word);

    for (const [i, h] of headings.entries()) {
      const isTitle = h === title;
      const { fits } = cases.get(h)!;
      const deviates = {
        // The title is free in every part the posting did not configure for it.
        // Setext has only two levels, so a deeper ATX heading is the one way to write it.
        markup: !isTitle && style.markup !== undefined && h.markup !== style.markup && !(style.markup === "setext" && h.level > 2 && h.markup === "atx"),
        case:
          (!isTitle || style.configured.has("case")) &&
          style.case !== undefined &&
          !fits.includes(style.case) &&
          // "About Flagstaff" is sentence case when the posting writes Flagstaff as a name.
          (style.case === "lower" || rewriteCase(h.text, style.case, nameLookup, afterValue.has(h)) !== h.text),
        colon:
          (!isTitle || style.configured.has("colon")) &&
          style.colon !== undefined &&
          h.colon !== style.colon &&
          // A question ("Questions?") takes no colon.
          !(style.colon && /[?!]$/.test(h.text)),
        indent: !isTitle && style.indent !== undefined && h.indent !== style.indent,
      };
      const jump = jumps.get(h);
      if (!deviates.markup && !deviates.case && !deviates.colon && !deviates.indent && !jump) continue;

      const message = describe(h, deviates, style, jump, cases.get(h)!.case);
      // HTML (and a JSON-LD description) is reported only: its headings are markup a text edit would have to rewrite.
      if (posting.view) context.report({ message, range: h.range });
      else context.report({ message, range: h.range, fix: fixHeading(h, deviates, style, jump, editor, atxLevel[i]!, nameLookup) });
    }
  },
});

/** The values of the metadata lines and the front-matter fields. */
function fieldValues(posting: Posting): string[] {
  return [...posting.metadata.map((f) => f.value), ...Object.values(posting.frontMatter?.data ?? {})];
}

/** The posting's title heading: the first heading when it is at level 1 (a plain-text title or a `#`). */
function titleHeading(posting: Posting): Heading | undefined {
  const first = posting.headings[0];
  return first && first.level === 1 && first.markup !== "banner" ? first : undefined;
}

/**
 * Each part of the style from the options, else from a clear majority of the
 * section headings. Capitalisation and colon must hold their majority with and
 * without the bold-line headings, the least certain kind of heading.
 */
function dominantStyle(posting: Posting, judged: readonly Heading[], options: Options, cases: ReadonlyMap<Heading, CaseInfo>): Style {
  const markups = MARKUPS[posting.format];
  const configured = new Set<"markup" | "case" | "colon">();
  const style: Style = { configured };
  if (options.markup && markups.includes(options.markup)) {
    style.markup = options.markup;
    configured.add("markup");
  } else style.markup = clearMajority(judged.map((h) => h.markup));
  if (options.case) {
    style.case = options.case;
    configured.add("case");
  } else {
    // Only a heading that fits one case votes; "lower" is no style to rewrite others into.
    const majority = robustMajority(judged, (h) => {
      const { fits } = cases.get(h)!;
      return fits.length === 1 ? fits[0] : undefined;
    });
    if (majority !== "lower") style.case = majority;
  }
  if (typeof options.colon === "boolean") {
    style.colon = options.colon;
    configured.add("colon");
  } else style.colon = robustMajority(judged, (h) => h.colon);
  // Indentation is a heading style only where it shows: plain text (in HTML a browser drops it).
  if (posting.format === "text") style.indent = clearMajority(judged.map((h) => h.indent));
  return style;
}

/**
 * A clear majority that holds with and without the bold-line headings, the
 * least certain kind of heading (where there are others to count).
 */
function robustMajority<T>(headings: readonly Heading[], value: (h: Heading) => T | undefined): T | undefined {
  const all = clearMajority(headings.map(value));
  const unbold = headings.filter((h) => h.markup !== "bold").map(value);
  if (unbold.length === headings.length || unbold.every((v) => v === undefined)) return all;
  return clearMajority(unbold) === all ? all : undefined;
}

interface Jump {
  from: number;
  to: number;
  /** The jumping heading and the headings nested under it, which move up with it. */
  moved: Heading[];
}

/**
 * ATX/setext headings deeper than one level below the heading before them
 * (`#` then `###`), each with the headings nested under it. A jump nested in
 * another goes at least two levels deeper, and there are six levels, so a
 * heading lies under at most three jumps and the scan stays linear.
 */
function levelJumps(headings: readonly Heading[]): Map<Heading, Jump> {
  const ranked = headings.filter((h) => h.markup === "atx" || h.markup === "setext" || h.markup === "element");
  const jumps = new Map<Heading, Jump>();
  for (let i = 1; i < ranked.length; i++) {
    const from = ranked[i - 1]!.level;
    const level = ranked[i]!.level;
    if (level <= from + 1) continue;
    const moved = [ranked[i]!];
    for (let j = i + 1; j < ranked.length && ranked[j]!.level >= level; j++) moved.push(ranked[j]!);
    jumps.set(ranked[i]!, { from, to: from + 1, moved });
  }
  return jumps;
}

interface Deviations {
  markup: boolean;
  case: boolean;
  colon: boolean;
  indent: boolean;
}

const CASE_NAMES: Record<HeadingCase, string> = { title: "Title Case", sentence: "sentence case", upper: "UPPER CASE", lower: "lower case" };

function markupName(markup: HeadingMarkup, level?: number): string {
  switch (markup) {
    case "atx":
      return `ATX ('${"#".repeat(level ?? 1)}')`;
    case "setext":
      return "setext (underlined)";
    case "bold":
      return "a bold line";
    case "plain":
      return "a plain line";
    case "banner":
      return "a banner (=== ... ===)";
    case "element":
      return level ? `an <h${level}> element` : "an <h1>-<h6> element";
  }
}

/** How a level is written: "##" in Markdown, "<h2>" in HTML. */
function levelName(h: Heading, level: number): string {
  return h.markup === "element" ? `<h${level}>` : "#".repeat(level);
}

function indentName(indent: string): string {
  if (indent === "") return "not indented";
  const tabs = indent.split("\t").length - 1;
  const spaces = indent.length - tabs;
  const parts = [tabs ? `${tabs} tab${tabs > 1 ? "s" : ""}` : "", spaces ? `${spaces} space${spaces > 1 ? "s" : ""}` : ""].filter(Boolean);
  return `indented with ${parts.join(" and ")}`;
}

/** "Heading is in Title Case; the dominant style is UPPER CASE", naming each part that deviates. */
function describe(h: Heading, d: Deviations, style: Style, jump: Jump | undefined, headingCase: HeadingCase): string {
  const sentences: string[] = [];
  for (const source of ["dominant", "configured"] as const) {
    const has: string[] = [];
    const want: string[] = [];
    const from = (part: "markup" | "case" | "colon") => style.configured.has(part) === (source === "configured");
    if (d.markup && from("markup")) {
      has.push(`is ${markupName(h.markup, h.level)}`);
      want.push(markupName(style.markup!));
    }
    if (d.case && from("case")) {
      has.push(`is in ${CASE_NAMES[headingCase]}`);
      want.push(CASE_NAMES[style.case!]);
    }
    if (d.colon && from("colon")) {
      has.push(h.colon ? "ends with a colon" : "has no trailing colon");
      want.push(style.colon ? "a trailing colon" : "no trailing colon");
    }
    if (d.indent && source === "dominant") {
      has.push(`is ${indentName(h.indent)}`);
      want.push(indentName(style.indent!));
    }
    if (has.length > 0) sentences.push(`Heading ${joinAnd(has)}; the ${source} style is ${joinAnd(want)}`);
  }
  if (jump) sentences.push(`Heading level jumps from '${levelName(h, jump.from)}' to '${levelName(h, h.level)}'; use '${levelName(h, jump.to)}'`);
  return sentences.join(". ");
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** The fix: the heading rewritten in the wanted style, each part where it can be done safely. */
function fixHeading(
  h: Heading,
  d: Deviations,
  style: Style,
  jump: Jump | undefined,
  editor: HeadingEditor,
  atxLevel: number,
  names: NameForms,
): Fix[] {
  const raw = editor.rawText(h);
  const wantCase = d.case && style.case !== "lower" ? (style.case as CaseStyle) : undefined;
  const text = wantCase && editor.canRewriteWords(h) ? rewriteCase(raw, wantCase, names) : raw;
  const colon = d.colon ? style.colon! : h.colon;
  if (d.markup) {
    const converted = editor.markup(h, style.markup!, text, colon, atxLevel);
    if (converted) return [converted];
  }
  const fixes = [editor.words(h, text), d.colon ? editor.colon(h, colon) : undefined];
  if (d.indent) fixes.push(editor.indent(h, style.indent!));
  // The sub-headings under a jump move up with it, so the outline keeps its shape.
  if (jump) for (const x of jump.moved) fixes.push(editor.atxLevel(x, x.level - (h.level - jump.to)));
  return fixes.filter((f): f is Fix => f !== undefined);
}

/**
 * The ATX level each heading would take as an ATX heading: that of the ATX
 * heading above it when that heading's section already has text of its own
 * (the converted heading is its sibling), else one below it (it was its first
 * sub-heading); always a section of the title when the title is above it.
 * Before any ATX heading: the level of the first one after it. Two linear passes.
 */
function boldToAtxLevels(headings: readonly Heading[], editor: HeadingEditor, title: Heading | undefined): number[] {
  const isAtx = (h: Heading) => h.markup === "atx" || h.markup === "setext";
  const levels: number[] = new Array(headings.length);
  let next = 2;
  for (let i = headings.length - 1; i >= 0; i--) {
    levels[i] = next;
    if (isAtx(headings[i]!)) next = headings[i]!.level;
  }
  let above: Heading | undefined;
  for (const [i, h] of headings.entries()) {
    if (above) levels[i] = above === title || !editor.hasBodyBefore(above, h.line) ? above.level + 1 : above.level;
    if (isAtx(h)) above = h;
  }
  return levels;
}
