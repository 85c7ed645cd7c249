#!/usr/bin/env node
// In one process, warmed up, CPU time of: the parse floor (unified + remark-parse),
// parsePosting, and lintSource with every recommended rule, over one corpus.
// A quieter, quicker view than whole processes of where jobpostlint's own time goes:
//   node bench/warm-ratio.mjs [corpus dir, default bench/corpora/md-1000-s42] [rounds, default 3]
// (run `npm run build` and one `npm run bench -- --quick` first, for dist/ and the corpora)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";
import "../dist/src/posting/all-readers.js";
import { lintSource } from "../dist/src/engine/lint-source.js";
import { parsePosting } from "../dist/src/posting/parse.js";
import { resolveActiveRules } from "../dist/src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? join(here, "corpora/md-1000-s42");
const rounds = Number(process.argv[3] ?? 3);
const files = readdirSync(dir).map((f) => join(dir, f));
const texts = files.map((f) => readFileSync(f, "utf8"));
const rules = resolveActiveRules();
const floor = unified().use(remarkParse);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = (work) => {
  const start = cpu();
  work();
  return cpu() - start;
};
const best = { floor: Infinity, parse: Infinity, lint: Infinity };
for (let round = 0; round < rounds; round++) {
  best.floor = Math.min(best.floor, time(() => texts.forEach((t) => floor.parse(t))));
  best.parse = Math.min(best.parse, time(() => texts.forEach((t, i) => parsePosting(t, { filePath: files[i] }))));
  best.lint = Math.min(best.lint, time(() => texts.forEach((t, i) => lintSource(t, { filePath: files[i], rules }))));
}
const x = (ms) => `${ms.toFixed(0)} ms (${(ms / best.floor).toFixed(2)}x the floor)`;
console.log(`${files.length} files, best of ${rounds}: floor ${best.floor.toFixed(0)} ms, parsePosting ${x(best.parse)}, lintSource ${x(best.lint)}`);
