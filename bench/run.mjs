#!/usr/bin/env node
// The benchmark of issue 10: times jobpostlint, markdownlint-cli2, remark-cli
// (remark-preset-lint-recommended) and a parse-only floor as whole processes
// on fixed-seed corpora, side by side in one run, and checks the acceptance
// ratios. `npm run bench` (repository root) builds jobpostlint, installs the
// peers into bench/node_modules when missing, then runs this file.
//
// Usage: node bench/run.mjs [--runs N] [--quick] [--full] [--write] [--seed N]
//          [--corpora DIR] [--only ID,ID] [--timeout S] [--jpl-args="..."] [--jpl BIN]
//          [--no-adversarial] [--keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpora } from "./corpora.mjs";
import { checkTimeTool, measure } from "./measure.mjs";
import { acceptance, acceptanceTable, machineFacts, machineTable, resultsTable, summarise } from "./report.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = resolve(BENCH_DIR, "..");
// The installed command: package.json "bin" (the esbuild bundle), as npx runs it.
let JPL_BIN = join(REPO_DIR, JSON.parse(readFileSync(join(REPO_DIR, "package.json"), "utf8")).bin.jobpostlint);
const NODE = process.execPath;

const USAGE = `Usage: npm run bench -- [options]   (or: node bench/run.mjs [options] after npm run build)

  --runs N          runs per measurement; medians are reported (default 5; 3 with --quick)
  --quick           small sets for a quick check: 100 and 1,000 postings, 10 KB and 100 KB
  --full            also remark-cli on the large set (~2 min and ~2 GB at 10k)
  --write           write the tables to bench/RESULTS.md (otherwise print only)
  --seed N          corpus seed (default 42)
  --corpora DIR     where generated corpora are kept between runs (default bench/corpora)
  --only ID,...     run only these rows (ids are printed in the plan)
  --timeout S       kill a process after S seconds and report an error row (default 1200)
  --jpl-args="..."  extra arguments for every jobpostlint run, e.g. --jpl-args="--concurrency 1"
  --jpl BIN         another jobpostlint bin.js to time (default: package.json bin, dist/bundle/jobpostlint.js), e.g. a baseline build
  --no-adversarial  skip bench/adversarial.mjs (per-rule timing on adversarial text) at the end
  --keep            keep the temporary working folder (outputs of the last run of each row)
`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string" },
      quick: { type: "boolean", default: false },
      full: { type: "boolean", default: false },
      write: { type: "boolean", default: false },
      seed: { type: "string", default: "42" },
      corpora: { type: "string", default: join(BENCH_DIR, "corpora") },
      only: { type: "string" },
      timeout: { type: "string", default: "1200" },
      "jpl-args": { type: "string", default: "" },
      jpl: { type: "string" },
      "no-adversarial": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const runs = Number(values.runs ?? (values.quick ? 3 : 5));
  const seed = Number(values.seed);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number >= 1");
  if (!Number.isInteger(seed)) throw new Error("--seed takes a whole number");
  if (!(timeout > 0)) throw new Error("--timeout takes a number of seconds");
  return {
    ...values,
    runs,
    seed,
    timeoutMs: timeout * 1000,
    corpora: resolve(values.corpora),
    jplArgs: values["jpl-args"].split(/\s+/).filter(Boolean),
    only: values.only ? new Set(values.only.split(",").map((s) => s.trim())) : undefined,
    // Ten times the files and ten times the bytes, in both modes, so the linear-scaling bounds keep their meaning.
    small: values.quick ? 100 : 1000,
    large: values.quick ? 1000 : 10000,
    bigSizes: values.quick ? [10 * 1024, 100 * 1024] : [100 * 1024, 1024 * 1024],
  };
}

const countLabel = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const sizeLabel = (bytes) => (bytes >= 2 ** 20 ? `${bytes / 2 ** 20} MB` : `${bytes / 1024} KB`);

function binOf(pkg, name) {
  const dir = join(BENCH_DIR, "node_modules", pkg);
  const bin = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).bin;
  return join(dir, typeof bin === "string" ? bin : bin[name]);
}

/** Lines of output from a quick command, for the version and the --cache probe. */
function quick(args, cwd) {
  const result = spawnSync(NODE, args, { cwd, encoding: "utf8" });
  return { code: result.status, text: `${result.stdout}${result.stderr}`.trim() };
}

/**
 * The rows: one measured command each. The peers are run the way their docs
 * show, from their own bin scripts under the same Node (not through npx, whose
 * start-up would be counted against them). The cache rows come as a pair that
 * runs back to back with a fresh cache location per round.
 */
function plan(opts, sets, scratch, cacheSkip) {
  const mdl = binOf("markdownlint-cli2", "markdownlint-cli2");
  const remark = binOf("remark-cli", "remark");
  // A path, because remark resolves `--use NAME` from the working folder, which is a bare temporary one.
  const preset = join(BENCH_DIR, "node_modules/remark-preset-lint-recommended/index.js");
  const S = countLabel(opts.small);
  const L = countLabel(opts.large);
  const set = (s, label) => ({ setLabel: label, input: s.path, files: s.files, bytes: s.bytes });
  const inputs = [
    ["one-md", set(sets.oneMd, "1 posting md")],
    ["one-txt", set(sets.oneTxt, "1 posting txt")],
    ["md-small", set(sets.mdSmall, `${S} md`)],
    ["txt-small", set(sets.txtSmall, `${S} txt`)],
    ["md-large", set(sets.mdLarge, `${L} md`)],
    ["txt-large", set(sets.txtLarge, `${L} txt`)],
    ["big-small", set(sets.bigSmall, `${sizeLabel(opts.bigSizes[0])} posting md`)],
    ["big-large", set(sets.bigLarge, `${sizeLabel(opts.bigSizes[1])} posting md`)],
  ];
  const input = Object.fromEntries(inputs);
  // Linters exit 1 when they report problems: expected. Exit 1 with nothing printed, or any other code, is a crash.
  const jpl = (key, { roundArgs = () => [], ...extra } = {}) => ({
    id: `jpl-${key}`,
    tool: "jobpostlint",
    ...input[key],
    command: NODE,
    args: (round) => [JPL_BIN, "--format", "stylish", ...opts.jplArgs, ...roundArgs(round), input[key].input],
    okCodes: [0, 1],
    outputOnFailure: true,
    ...extra,
  });
  const mdlRow = (key) => ({
    id: `mdl-${key}`,
    tool: "markdownlint-cli2",
    ...input[key],
    command: NODE,
    // Its own glob syntax (not the shell's): the folder's Markdown files.
    args: [mdl, input[key].files > 1 ? `${input[key].input}/*.md` : input[key].input],
    okCodes: [0, 1],
    outputOnFailure: true,
    compareWith: `jpl-${key}`,
  });
  // Without --frail remark exits 0 with warnings, so its exit 1 means a fatal error, not findings.
  const remarkRow = (key, extra = {}) => ({
    id: `remark-${key}`,
    tool: "remark-cli (lint-recommended)",
    ...input[key],
    command: NODE,
    args: [remark, "--use", preset, "--no-stdout", "--quiet", "--no-color", input[key].input],
    okCodes: [0],
    compareWith: `jpl-${key}`,
    ...extra,
  });
  // A fresh, empty cache folder for each round, shared by that round's 1st and 2nd run.
  const cacheArgs = (round) => {
    const folder = join(scratch, `cache-round-${round}`);
    mkdirSync(folder, { recursive: true });
    return ["--cache", "--cache-location", join(folder, "jobpostlint-cache")];
  };
  // Every rule off: what reading, decoding and the posting model cost before any rule runs.
  const rulesOff = () => ["--config", rulesOffConfig(scratch)];
  const rows = [
    { id: "node-e0", tool: "node -e 0 (start-up)", setLabel: "-", command: NODE, args: ["-e", "0"], okCodes: [0] },
    jpl("one-md"),
    jpl("one-txt"),
    jpl("md-small"),
    jpl("txt-small"),
    jpl("txt-small", { id: "jpl-txt-small-off", setLabel: `${S} txt, every rule off`, roundArgs: rulesOff }),
    jpl("md-large"),
    jpl("txt-large"),
    // The first run fills a fresh cache, the second finds every file unchanged.
    jpl("md-large", { id: "jpl-cache-1", setLabel: `${L} md --cache 1st`, roundArgs: cacheArgs, skip: cacheSkip }),
    jpl("md-large", { id: "jpl-cache-2", setLabel: `${L} md --cache 2nd`, roundArgs: cacheArgs, skip: cacheSkip, after: "jpl-cache-1" }),
    jpl("big-small"),
    jpl("big-large"),
    mdlRow("one-md"),
    mdlRow("md-small"),
    mdlRow("md-large"),
    remarkRow("one-md"),
    remarkRow("md-small"),
    remarkRow("md-large", { fullOnly: true }),
    { id: "floor-md-small", tool: "parse floor (unified+remark-parse)", ...input["md-small"], command: NODE, args: [join(BENCH_DIR, "parse-floor.mjs"), input["md-small"].input], okCodes: [0], compareWith: "jpl-md-small" },
    { id: "floor-txt-small", tool: "read floor (read + split lines)", ...input["txt-small"], command: NODE, args: [join(BENCH_DIR, "read-floor.mjs"), input["txt-small"].input], okCodes: [0], compareWith: "jpl-txt-small" },
  ];
  return rows
    .map((row) => ({ ...row, results: [], skip: row.skip ?? (row.fullOnly && !opts.full ? "needs --full" : undefined) }))
    .filter((row) => !opts.only || opts.only.has(row.id));
}

/** A configuration file that turns every built-in rule off (the list from `--list-rules`), written once into the working folder. */
function rulesOffConfig(scratch) {
  const file = join(scratch, "rules-off.json");
  if (!existsSync(file)) {
    const { code, text } = quick([JPL_BIN, "--list-rules", "--format", "json"], scratch);
    if (code !== 0) throw new Error(`jobpostlint --list-rules failed (exit ${code}): ${text.split("\n")[0]}`);
    const rules = Object.fromEntries(JSON.parse(text).map((rule) => [rule.id, "off"]));
    writeFileSync(file, JSON.stringify({ rules }));
  }
  return file;
}

/** Fails early, with the fix, when something the run needs is missing. */
function preflight() {
  checkTimeTool();
  if (!existsSync(JPL_BIN)) throw new Error(`${JPL_BIN} is missing: run npm run build first (npm run bench does)`);
  for (const pkg of ["markdownlint-cli2", "remark-cli", "remark-preset-lint-recommended", "unified", "remark-parse"]) {
    if (!existsSync(join(BENCH_DIR, "node_modules", pkg))) throw new Error(`bench/node_modules/${pkg} is missing: run npm ci --prefix bench (npm run bench does)`);
  }
}

/**
 * Whether this jobpostlint has --cache: a real run on one posting, so a flag
 * that parses but fails is caught too. Returns a reason to skip, or undefined.
 */
function probeCache(scratch, onePosting) {
  const { code, text } = quick([JPL_BIN, "--cache", "--cache-location", join(scratch, "probe-cache", "jobpostlint-cache"), onePosting], scratch);
  if (code === 0 || code === 1) return undefined;
  return `--cache not available (exit ${code}: ${text.split("\n")[0]})`;
}

const log = (message) => process.stderr.write(`${message}\n`);
const show = (r) => (r.ok ? `wall ${r.wall.toFixed(2)} s  cpu ${r.cpu.toFixed(2)} s  rss ${r.rssMB.toFixed(0)} MB` : `ERROR ${r.error}`);

async function main() {
  const opts = options();
  if (opts.jpl) JPL_BIN = resolve(opts.jpl);
  preflight();
  const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const scratch = mkdtempSync(join(os.tmpdir(), "jobpostlint-bench-"));
  try {
    const sets = ensureCorpora({ root: opts.corpora, seed: opts.seed, small: opts.small, large: opts.large, bigSizes: opts.bigSizes, log });
    const jplVersion = quick([JPL_BIN, "--version"], scratch).text;
    const cacheSkip = probeCache(scratch, sets.oneMd.path);
    const rows = plan(opts, sets, scratch, cacheSkip);
    const env = { ...process.env, NO_COLOR: "1" };
    delete env.FORCE_COLOR;
    log(`rows: ${rows.map((r) => r.id + (r.skip ? ` (${r.skip})` : "")).join(", ")}`);
    log(`${opts.runs} run(s) each, round-robin; working folder ${scratch} (no configuration files)`);
    // Wall-time ratios need idle cores; say so rather than let a busy machine pass for a slow linter.
    if (os.loadavg()[0] > os.availableParallelism() / 2) log(`note: load average ${loadAtStart} on ${os.availableParallelism()} cores: wall times will be inflated; CPU times less so`);
    for (let round = 1; round <= opts.runs; round++) {
      for (const row of rows) {
        // A row that failed once is not run again: a crash or timeout would only repeat.
        if (row.skip || row.results.some((r) => !r.ok)) continue;
        // The 2nd cache run means nothing once the 1st has failed.
        if (row.after && rows.find((r) => r.id === row.after)?.results.some((r) => !r.ok)) continue;
        const result = await measure({
          id: row.id,
          command: row.command,
          args: typeof row.args === "function" ? row.args(round) : row.args,
          cwd: scratch,
          scratch,
          env,
          okCodes: row.okCodes,
          outputOnFailure: row.outputOnFailure,
          timeoutMs: opts.timeoutMs,
        });
        row.results.push(result);
        log(`[${round}/${opts.runs}] ${row.id.padEnd(16)} ${show(result)}`);
      }
    }
    const summaries = rows.map(summarise);
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const labels = {
      small: countLabel(opts.small),
      large: countLabel(opts.large),
      bigSmall: sizeLabel(opts.bigSizes[0]),
      bigLarge: sizeLabel(opts.bigSizes[1]),
    };
    const facts = machineFacts({ repoDir: REPO_DIR, benchDir: BENCH_DIR, jplVersion, loadAtStart });
    const flags = [opts.quick && "--quick", opts.full && "--full", opts.jplArgs.length && `jobpostlint arguments: ${opts.jplArgs.join(" ")}`, opts.jpl && `jobpostlint: ${JPL_BIN}`];
    const settings = [`${opts.runs} run(s) per row, medians (peak RSS: the highest)`, `seed ${opts.seed}`, ...flags.filter(Boolean)].join("; ");
    const report = [
      "## Results",
      "",
      settings,
      "",
      resultsTable(summaries, byId),
      "",
      "## Acceptance",
      "",
      acceptanceTable(acceptance(byId, labels)),
      "",
      "## Machine",
      "",
      machineTable(facts),
      "",
    ].join("\n");
    process.stdout.write(`\n${report}`);
    if (opts.write) {
      const file = join(BENCH_DIR, "RESULTS.md");
      writeFileSync(file, `# Benchmark results\n\nWritten by \`npm run bench -- --write\`; see bench/README.md for what each row runs and how it is measured.\n\n${report}`);
      log(`wrote ${file}`);
    }
    if (!opts["no-adversarial"] && !opts.quick) {
      log("\nbench/adversarial.mjs: per-rule time on adversarial text");
      const adversarial = spawnSync(NODE, [join(BENCH_DIR, "adversarial.mjs")], { stdio: "inherit" });
      if (adversarial.status !== 0) {
        log(`bench/adversarial.mjs failed (exit ${adversarial.status ?? adversarial.signal})`);
        return 1;
      }
    }
    // A benchmark that crashed a linter must not look like a clean run to a script.
    return summaries.some((s) => s.error && !s.na) ? 1 : 0;
  } finally {
    if (opts.keep) log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
