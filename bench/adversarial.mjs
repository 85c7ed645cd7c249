// Times every built-in rule alone on the classic catastrophic-backtracking
// shapes (100 KB each, plain text and Markdown) and names the slowest rule.
// The parse is timed separately so a rule's own share shows.
// `npm run bench:adversarial` builds and runs it alone; `npm run bench` runs it
// after the timing tables (not with --quick or --no-adversarial).
import { performance } from "node:perf_hooks";
import { builtinRules } from "../dist/rules/index.js";
import { lintText, parsePosting } from "../dist/src/index.js";

const size = Number(process.argv[2] ?? 100_000);
const fill = (unit) => unit.repeat(Math.ceil(size / unit.length));
const shapes = [
  ["one letter", fill("a")],
  ["spaces and tabs", "x" + fill(" \t") + "x"],
  ["years phrases", fill("1+ years of ")],
  ["nested list markers", Array.from({ length: 400 }, (_, i) => " ".repeat(i % 60) + "- ".repeat(i % 40) + "item").join("\n")],
  ["emphasis markers", fill("**")],
  ["open brackets", fill("[")],
  ["open templates", fill("{{ ")],
  ["money-ish", fill("$1,0")],
  // An unbounded "(,dd)+" for lakh groups rescanned the run from every digit pair.
  ["digit pairs and commas", fill("22,")],
  ["mojibake-ish", fill("Ã©â€")],
  ["repeated word", fill("the ")],
  ["unclosed template blocks", fill("{% if a %}\n")],
  ["inline code on every line", fill("Use `x` or `y` here.\n")],
  ["closing emphasis runs", fill("a* ")],
  ["failed references between emphasis runs", fill("x&x* ")],
  ["nested emphasis", "*a ".repeat(Math.floor(size / 6)) + "b" + " c*".repeat(Math.floor(size / 6))],
  ["a list a level deeper each line", Array.from({ length: 300 }, (_, i) => "  ".repeat(i) + "- x").join("\n")],
  ["one-word paragraphs", fill("x x\n\n")],
];

const rows = [];
for (const [shape, text] of shapes) {
  for (const filePath of ["shape.txt", "shape.md"]) {
    let started = performance.now();
    parsePosting(text, { filePath });
    const parse = performance.now() - started;
    for (const rule of builtinRules) {
      started = performance.now();
      lintText(text, { filePath, base: "none", rules: { [rule.meta.id]: "warn" } });
      rows.push({ shape, filePath, rule: rule.meta.id, ms: performance.now() - started - parse, parse });
    }
  }
}
const byRule = new Map();
for (const r of rows) byRule.set(r.rule, Math.max(byRule.get(r.rule) ?? 0, r.ms));
console.log(`rule's own time (ms) beyond the parse, worst shape of ${shapes.length} x 2 formats at ${size} characters`);
for (const [rule, ms] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${rule.padEnd(28)} ${ms.toFixed(1).padStart(9)}`);
const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
const parses = rows.reduce((a, b) => (b.parse > a.parse ? b : a));
console.log(`slowest rule: ${worst.rule} (${worst.ms.toFixed(1)} ms on "${worst.shape}", ${worst.filePath})`);
console.log(`slowest parse: ${parses.parse.toFixed(1)} ms on "${parses.shape}" (${parses.filePath})`);
