// Generates what is derived from the rules' metadata: docs/rules/*.md, the
// configuration JSON Schema and .jobpostlintrc.example. Run after a build:
// `npm run docs`. Tests fail when a checked-in copy is stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { builtinRules } from "../dist/rules/index.js";
import { renderRuleDoc, renderRuleIndex } from "../dist/src/docs/rule-doc.js";
import { configJsonSchema } from "../dist/src/config/json-schema.js";
import { renderExampleConfig } from "../dist/src/config/example.js";

const root = new URL("../", import.meta.url);
mkdirSync(new URL("docs/rules/", root), { recursive: true });
for (const rule of builtinRules) writeFileSync(new URL(`docs/rules/${rule.meta.id}.md`, root), renderRuleDoc(rule));
writeFileSync(new URL("docs/rules/README.md", root), renderRuleIndex(builtinRules));
mkdirSync(new URL("schema/", root), { recursive: true });
writeFileSync(new URL("schema/jobpostlintrc.schema.json", root), JSON.stringify(configJsonSchema(builtinRules), null, 2) + "\n");
writeFileSync(new URL(".jobpostlintrc.example", root), renderExampleConfig(builtinRules));
console.log(`generated docs for ${builtinRules.length} rules, schema/jobpostlintrc.schema.json and .jobpostlintrc.example`);
