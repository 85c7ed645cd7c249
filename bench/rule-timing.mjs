#!/usr/bin/env node
// Each recommended rule's own time over a corpus, in one warmed-up process: the
// postings are parsed first (untimed, afresh for each rule), then only the
// rule's create() is timed. Parts of the posting model that rules share and
// build on first use (word tokens, requirement statements) are counted against
// each rule that asks for them, so the rules add up to more than a run of all.
//   node bench/rule-timing.mjs [corpus dir, default bench/corpora/md-1000-s42] [files, default 300]
// (run `npm run build` and one `npm run bench -- --quick` first, for dist/ and the corpora)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import "../dist/src/posting/all-readers.js";
import { parsePosting } from "../dist/src/posting/parse.js";
import { resolveActiveRules } from "../dist/src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? join(here, "corpora/md-1000-s42");
const count = Number(process.argv[3] ?? 300);
const files = readdirSync(dir).sort().slice(0, count).map((f) => join(dir, f));
const texts = files.map((f) => readFileSync(f, "utf8"));
const parse = () => texts.map((text, i) => parsePosting(text, { filePath: files[i] }));
const run = (active, postings) => {
  const start = performance.now();
  for (const posting of postings) {
    active.rule.create({ id: active.id, posting, options: active.options, settings: {}, filePath: posting.filePath, format: posting.format, report() {} });
  }
  return performance.now() - start;
};
const rules = resolveActiveRules();
const totals = new Map(rules.map((r) => [r.id, Infinity]));
for (let round = 0; round < 4; round++) {
  for (const active of rules) {
    const ms = run(active, parse());
    // The first round warms the code up; the best of the others counts.
    if (round > 0) totals.set(active.id, Math.min(totals.get(active.id), ms));
  }
}
const rows = [...totals].sort((a, b) => b[1] - a[1]);
const sum = rows.reduce((a, [, ms]) => a + ms, 0);
console.log(`${files.length} files of ${dir}: every rule's own time, best of 3 warmed-up rounds; ${sum.toFixed(0)} ms in all`);
for (const [id, ms] of rows) console.log(`${id.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms`);
