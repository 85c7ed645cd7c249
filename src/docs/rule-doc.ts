import type { InvalidRuleExample, Rule, RuleExample } from "../engine/rule.js";

/**
 * A rule's documentation page, generated from its own meta and examples (as
 * remark-lint and Biome do), so the docs can never disagree with the tests.
 */
export function renderRuleDoc(rule: Rule<any>): string {
  const { meta } = rule;
  const out: string[] = [];
  out.push(`# ${meta.id}`, "", meta.description + ".", "");
  out.push(`- Category: ${meta.category}`);
  out.push(`- Recommended: ${meta.recommended}`);
  out.push(`- Fixable: ${meta.fixable ? "yes (\`--fix\`)" : "no"}`);
  if (meta.hasSuggestions) out.push("- Suggestions: yes (offered to editors, never applied by `--fix`)");
  out.push("");
  if (meta.options) {
    out.push("## Options", "", "```json", JSON.stringify(meta.options, null, 2), "```", "");
    if (meta.defaultOptions) out.push("Defaults:", "", "```json", JSON.stringify(meta.defaultOptions, null, 2), "```", "");
  }
  out.push("## Flagged", "");
  for (const example of meta.examples.invalid) out.push(...renderInvalid(example));
  out.push("## Not flagged", "");
  for (const example of meta.examples.valid) out.push(...renderExample(example));
  out.push("<!-- Generated from the rule's examples by `npm run docs`; edit the rule, not this file. -->", "");
  return out.join("\n");
}

function renderExample(example: RuleExample): string[] {
  const out: string[] = [];
  if (example.name) out.push(`### ${capitalise(example.name)}`, "");
  if (example.options !== undefined) out.push(`With options \`${JSON.stringify(example.options)}\`:`, "");
  out.push(...fence(example.text, example.filePath), "");
  return out;
}

function renderInvalid(example: InvalidRuleExample): string[] {
  const out = renderExample(example);
  for (const m of example.messages) out.push(`- line ${m.line}${m.column ? `, column ${m.column}` : ""}${m.message ? `: ${m.message}` : ""}`);
  out.push("");
  if (example.output !== undefined) out.push("After `--fix`:", "", ...fence(example.output, example.filePath), "");
  return out;
}

/** Characters a reader cannot see (NBSP and format characters, but not the joiners inside emoji). */
const INVISIBLE = /[\u00A0\u00AD\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** A fence long enough for the text, with tabs, carriage returns, trailing spaces, invisible characters and a missing final newline made visible. */
function fence(text: string, filePath = "example.txt"): string[] {
  const lang = /\.(md|markdown)$/.test(filePath) ? "markdown" : /\.html?$/.test(filePath) ? "html" : /\.json$/.test(filePath) ? "json" : "text";
  const ticks = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const shown = text
    .replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`)
    .split("\n")
    .map(markTrailingSpaces)
    .join("\n")
    .replace(/\t/g, "→")
    .replace(/\r/g, "␍")
    .replace(/\n$/, "");
  const notes = [
    ...(text.includes("\t") ? ["→ marks a tab"] : []),
    ...(text.split("\n").some((l) => markTrailingSpaces(l) !== l) ? ["· a space at the end of a line"] : []),
    ...(text.match(INVISIBLE) ? ["⟨U+…⟩ an invisible character"] : []),
    ...(text.includes("\r") ? ["␍ a carriage return"] : []),
    ...(text.length > 0 && !text.endsWith("\n") ? ["no final newline"] : []),
  ];
  return [`${ticks}${lang}`, shown, ticks, ...(notes.length ? ["", `(${notes.join("; ")})`] : [])];
}

/** Spaces at the end of a line (before its CR, if any) as "·". */
function markTrailingSpaces(line: string): string {
  const body = line.endsWith("\r") ? line.slice(0, -1) : line;
  let i = body.length;
  while (i > 0 && body[i - 1] === " ") i--;
  return body.slice(0, i) + "·".repeat(body.length - i) + line.slice(body.length);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** docs/rules/README.md: one row a rule. */
export function renderRuleIndex(rules: readonly Rule<any>[]): string {
  const rows = rules.map(({ meta }) => `| [${meta.id}](${meta.id}.md) | ${meta.category} | ${meta.recommended} | ${meta.fixable ? "yes" : ""} | ${meta.description} |`);
  return ["# Rules", "", "| rule | category | recommended | fixable | description |", "| --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}
