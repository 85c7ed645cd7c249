// Writes docs/rules/<id>.md for every built-in rule from its meta and examples.
// Run after a build: `npm run docs`.
import { mkdirSync, writeFileSync } from "node:fs";
import { builtinRules } from "../dist/rules/index.js";
import { renderRuleDoc } from "../dist/src/docs/rule-doc.js";

const dir = new URL("../docs/rules/", import.meta.url);
mkdirSync(dir, { recursive: true });
const index = ["# Rules", "", "| rule | category | recommended | fixable | description |", "| --- | --- | --- | --- | --- |"];
for (const rule of builtinRules) {
  writeFileSync(new URL(`${rule.meta.id}.md`, dir), renderRuleDoc(rule));
  const { id, category, recommended, fixable, description } = rule.meta;
  index.push(`| [${id}](${id}.md) | ${category} | ${recommended} | ${fixable ? "yes" : ""} | ${description} |`);
}
writeFileSync(new URL("README.md", dir), index.join("\n") + "\n");
console.log(`wrote ${builtinRules.length} rule pages to docs/rules/`);
