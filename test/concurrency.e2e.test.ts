import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BINARY_FILE,
  BOM_CRLF_FILE,
  bin,
  corpus,
  root,
  runCli,
  snapshot,
  tmp,
  writeFiles,
  type JsonResult,
} from "./helpers/e2e-postings.js";

/**
 * The worker pool (`--concurrency`), end to end through the built binary: a
 * run on worker threads must be indistinguishable from one in the main thread,
 * byte for byte, in every output and exit code. No assertion here is about
 * speed (that is `npm run bench`'s business).
 */

type Pool = import("../dist/src/workers/pool.js").WorkerPool;
type PoolModule = typeof import("../dist/src/workers/pool.js");
type Api = typeof import("../src/index.js");

const files = corpus();
const names = Object.keys(files);
/** The postings as a folder run lists them: by name, without the binary file. */
const linted = names.filter((n) => n !== BINARY_FILE).sort();

/** A plugin whose rule reports the thread it runs on (0 is the main thread): proof of where a file was linted. */
const threadPlugin = `import { threadId } from "node:worker_threads";
export default { rules: {
  thread: { meta: { id: "thread", description: "", category: "structure", recommended: "warn", examples: { valid: [], invalid: [] } },
    create(context) { context.report({ message: "thread " + threadId, loc: { line: 1 } }); } },
} };\n`;

function corpusDir(prefix: string, extra: Record<string, string | Buffer> = {}): string {
  const dir = tmp(prefix);
  writeFiles(dir, { ...files, ...extra });
  return dir;
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** The distinct threads the thread plugin saw, from a `--format json` run. */
function threads(results: JsonResult[]): Set<string> {
  return new Set(results.flatMap((r) => r.messages.filter((m) => m.ruleId === "house/thread").map((m) => m.message)));
}

beforeAll(() => {
  // `npm test` builds first; a missing binary or worker means the test run is misconfigured, not a skip.
  expect(readFileSync(join(dirname(bin), "cli.cjs"), "utf8")).toContain("main(");
  expect(readFileSync(join(dirname(bin), "lint-worker.js"), "utf8")).toContain("parentPort");
  expect(readFileSync(join(root, "dist/src/workers/lint-worker.js"), "utf8")).toContain("parentPort");
});

describe("--concurrency: the same output as the main thread", () => {
  let dir: string;
  beforeAll(() => {
    dir = corpusDir("pool");
  });

  it("the corpus is what these tests need: >= 70 postings of both formats, findings of many rules, a binary file, a BOM+CRLF file", () => {
    expect(linted.length).toBeGreaterThanOrEqual(70);
    expect(linted.filter((n) => n.endsWith(".md")).length).toBeGreaterThanOrEqual(30);
    expect(linted.filter((n) => n.endsWith(".txt")).length).toBeGreaterThanOrEqual(30);
    const r = runCli([".", "--format", "json", "--concurrency", "off"], dir);
    const results = json(r.stdout);
    expect(results.map((x) => basename(x.filePath))).toEqual(linted);
    const rules = new Set(results.flatMap((x) => x.messages.map((m) => m.ruleId)));
    for (const id of ["no-stray-tabs", "no-duplicate-lines", "no-buzzwords", "heading-style", "experience-contradiction", "no-placeholders", "pay-transparency"]) {
      expect(rules).toContain(id);
    }
    expect(results.filter((x) => x.messages.length === 0).length).toBeGreaterThan(0);
    expect(results.find((x) => x.filePath.endsWith(BOM_CRLF_FILE))!.messages.map((m) => m.ruleId)).toContain("no-stray-tabs");
    expect(r.stderr).toBe(`jobpostlint: ${join(dir, BINARY_FILE)}: binary data (NUL byte at offset 4), not a text posting\n`);
    expect(r.status).toBe(2);
  });

  for (const format of ["stylish", "json"]) {
    it(`--format ${format}: --concurrency 2 prints byte for byte what --concurrency off prints, with the same exit code`, () => {
      const off = runCli([".", "--format", format, "--concurrency", "off"], dir);
      const two = runCli([".", "--format", format, "--concurrency", "2"], dir);
      expect(off.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(off.stdout);
      expect(two.stderr).toBe(off.stderr);
      expect(two.status).toBe(off.status);
      expect(two.status).toBe(2);
    });
  }

  it("exit code 1 (lint errors, nothing fatal) is the same both ways, as is --max-warnings, --quiet and a --rule override", () => {
    const args = linted.map((n) => join(dir, n));
    for (const extra of [[], ["--quiet"], ["--max-warnings", "3", "--rule", "experience-contradiction:off", "--rule", "no-placeholders:off"]]) {
      const off = runCli([...args, ...extra, "--concurrency", "off"], dir);
      const two = runCli([...args, ...extra, "--concurrency", "2"], dir);
      expect(off.status).toBe(1);
      expect(two.status).toBe(off.status);
      expect(two.stdout).toBe(off.stdout);
      expect(two.stderr).toBe("");
    }
  });

  it("results follow the order of the arguments, not the order in which workers finish (long postings come first)", () => {
    // Long postings (every tenth from 3) first, then the rest backwards: the short ones finish first on the other worker.
    const order = [...linted.filter((n) => /-\d\d3\./.test(n)), ...linted.filter((n) => !/-\d\d3\./.test(n)).reverse()];
    expect(readFileSync(join(dir, order[0]!), "utf8").length).toBeGreaterThan(10 * readFileSync(join(dir, order.at(-1)!), "utf8").length);
    const r = runCli([...order, "--format", "json", "--concurrency", "2"], dir);
    expect(r.status).toBe(1);
    expect(json(r.stdout).map((x) => basename(x.filePath))).toEqual(order);
    expect(r.stdout).toBe(runCli([...order, "--format", "json", "--concurrency", "off"], dir).stdout);
  });

  it("standard output, printed as results come, is byte for byte the report --output-file writes whole (every streaming format)", () => {
    // Long postings first, so that results come from the workers out of order.
    const order = [...linted.filter((n) => /-\d\d3\./.test(n)), ...linted.filter((n) => !/-\d\d3\./.test(n)).reverse(), BINARY_FILE];
    const runs = [
      ...["stylish", "json", "compact", "github"].map((format) => ["--format", format, "--max-warnings", "3"]),
      ["--format", "stylish", "--quiet"],
      ["--format", "json", "--concurrency", "off"],
    ];
    for (const args of runs) {
      const printed = runCli([...order, ...args, "--concurrency", "2"], dir);
      const report = join(tmp("report"), "report.out");
      const written = runCli([...order, ...args, "--concurrency", "2", "--output-file", report], dir);
      expect(printed.stdout.length, args.join(" ")).toBeGreaterThan(500);
      expect(printed.stdout).toBe(readFileSync(report, "utf8"));
      expect(written.stdout).toBe("");
      expect(printed.stderr).toBe(written.stderr);
      expect(printed.status).toBe(2);
      expect(written.status).toBe(2);
    }
  });

  it("a run that prints results as they come keeps none of them (LintRun.keepResults), and hands them over in input order", async () => {
    const { LintRun } = (await import(pathToFileURL(join(root, "dist/src/lint-run.js")).href)) as typeof import("../src/lint-run.js");
    const order = [...linted.filter((n) => /-\d\d3\./.test(n)), ...linted.filter((n) => !/-\d\d3\./.test(n)).reverse()];
    const run = new LintRun({ cwd: dir, concurrency: 2 });
    const seen: string[] = [];
    run.keepResults = false;
    run.onResult = (result) => seen.push(basename(result.filePath));
    try {
      await run.lintPatterns(order.map((n) => join(dir, n)));
    } finally {
      await run.close();
    }
    expect(seen).toEqual(order);
    expect(run.outcome.results).toEqual([]);
  });

  it("--fix under the pool writes the same bytes as --fix in the main thread (BOM and CRLF kept) and reports the same", () => {
    const inProcess = tmp("fix-off");
    const pooled = tmp("fix-pool");
    cpSync(dir, inProcess, { recursive: true });
    cpSync(dir, pooled, { recursive: true });
    const off = runCli([".", "--fix", "--concurrency", "off"], inProcess);
    const two = runCli([".", "--fix", "--concurrency", "2"], pooled);
    expect(two.stdout).toBe(off.stdout);
    expect(two.stderr.replaceAll(pooled, "DIR")).toBe(off.stderr.replaceAll(inProcess, "DIR"));
    expect(two.status).toBe(off.status);
    const before = snapshot(dir);
    const after = snapshot(pooled);
    expect(after).toEqual(snapshot(inProcess));
    // The fixes did something: a third of the postings changed, and the BOM+CRLF posting lost its tab only.
    expect(Object.keys(after).filter((n) => after[n] !== before[n]).length).toBeGreaterThan(20);
    const bom = readFileSync(join(pooled, BOM_CRLF_FILE));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.toString("utf8")).toBe((files[BOM_CRLF_FILE] as string).replace("\tDeliver", "Deliver"));
  });

  it("--fix-dry-run under the pool prints what it prints in the main thread", () => {
    for (const format of ["stylish", "json"]) {
      const off = runCli([".", "--fix-dry-run", "--format", format, "--concurrency", "off"], dir);
      const two = runCli([".", "--fix-dry-run", "--format", format, "--concurrency", "2"], dir);
      expect(two.stdout).toBe(off.stdout);
      expect(two.stderr).toBe(off.stderr);
    }
    expect(snapshot(dir)).toEqual(Object.fromEntries(names.map((n) => [n, Buffer.from(files[n]!).toString("base64")])));
  });
});

describe("--concurrency: where files are linted", () => {
  it("files with plugin rules go to worker threads only: --concurrency 3 uses three, 2 two, off one (the plugin sandbox)", () => {
    // --concurrency counts the threads that lint; with workers, the main thread only reads files and keeps results.
    const dir = corpusDir("threads", { "thread.mjs": threadPlugin, ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./thread.mjs" } }) });
    const three = threads(json(runCli([".", "--format", "json", "--concurrency", "3"], dir).stdout));
    expect(three.size).toBe(3);
    expect(three).not.toContain("thread 0");
    expect(threads(json(runCli([".", "--format", "json", "--concurrency", "2"], dir).stdout)).size).toBe(2);
    expect(threads(json(runCli([".", "--format", "json", "--concurrency", "off"], dir).stdout)).size).toBe(1);
    // auto: this corpus is far below the work that pays for a worker per core (test/auto-size.test.ts), so the plugin sandbox alone.
    expect(threads(json(runCli([...linted.slice(0, 10), "--format", "json"], dir).stdout)).size).toBe(1);
    expect(threads(json(runCli([".", "--format", "json"], dir).stdout)).size).toBe(1);
  });

  it("without the compiled worker (the pool unavailable), --concurrency 2 lints in the main thread with the same output", () => {
    const dir = corpusDir("no-worker");
    const copy = tmp("dist-copy");
    cpSync(dirname(bin), join(copy, relative(root, dirname(bin))), { recursive: true });
    cpSync(join(root, "package.json"), join(copy, "package.json"));
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    rmSync(join(copy, relative(root, dirname(bin)), "lint-worker.js"));
    const copyBin = join(copy, relative(root, bin));
    const run = (args: string[]) => spawnSync(process.execPath, [copyBin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    const expected = runCli([".", "--format", "json", "--concurrency", "off"], dir);
    const fallback = run([".", "--format", "json", "--concurrency", "2"]);
    expect(fallback.stdout).toBe(expected.stdout);
    expect(fallback.stderr).toBe(expected.stderr);
    expect(fallback.status).toBe(2);
  });
});

describe("--concurrency: failures on a worker", () => {
  const hangingPlugin = `export default { rules: {
    hang: { meta: { id: "hang", description: "", category: "structure", recommended: "error", examples: { valid: [], invalid: [] } },
      create(context) { if (context.posting.text.includes("loop forever")) for (;;) {} } },
    shout: { meta: { id: "shout", description: "", category: "language", recommended: "warn", examples: { valid: [], invalid: [] } },
      create(context) { if (context.posting.text.includes("!")) context.report({ message: "bang", loc: { line: 1 } }); } },
  } };\n`;

  it("a plugin rule that never returns is stopped under the pool too; the file keeps its other findings and the other files theirs", () => {
    const dir = corpusDir("pool-hang", {
      "hang.mjs": hangingPlugin,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./hang.mjs" }, rules: { "house/hang": "error", "house/shout": "warn" } }),
      "p-020-loop.txt": "Loop forever! loop forever\n\tTabbed line.\n",
      "p-021-bang.txt": "Bang!\n",
    });
    const two = runCli([".", "--format", "json", "--concurrency", "2", "--plugin-timeout", "1500"], dir);
    expect(two.status).toBe(2);
    expect(two.stderr.trim().split("\n")).toEqual([
      `jobpostlint: ${join(dir, "p-020-loop.txt")}: rule 'house/hang' did not finish within 1500 ms and was stopped`,
      `jobpostlint: ${join(dir, BINARY_FILE)}: binary data (NUL byte at offset 4), not a text posting`,
    ]);
    const results = json(two.stdout);
    expect(results).toHaveLength(linted.length + 2);
    const ids = (name: string) => results.find((r) => basename(r.filePath) === name)!.messages.map((m) => m.ruleId).filter((id) => id === "no-stray-tabs" || id?.includes("/"));
    expect(ids("p-020-loop.txt")).toEqual(["house/hang", "house/shout", "no-stray-tabs"]);
    expect(ids("p-021-bang.txt")).toEqual(["house/shout"]);
    // Files linted after the stop (on the replacement worker) keep their findings.
    expect(ids("p-069.txt")).toEqual(["no-stray-tabs"]);
    const off = runCli([".", "--format", "json", "--concurrency", "off", "--plugin-timeout", "1500"], dir);
    expect(two.stdout).toBe(off.stdout);
    expect(two.stderr).toBe(off.stderr);
  });

  it("a plugin rule that ends its worker thread (process.exit) is a fatal error naming it and the file, not a silent exit 0", () => {
    const dir = corpusDir("pool-exit", {
      "quit.mjs": `export default { rules: { quit: { meta: { id: "quit", description: "", category: "structure", recommended: "error", examples: { valid: [], invalid: [] } },
        create(context) { if (context.posting.text.includes("quit now")) process.exit(3); } } } };\n`,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./quit.mjs" } }),
      "p-020-quit.txt": "Please quit now.\n",
    });
    // (With --plugin-timeout 0, plugin rules may run in the main thread, where process.exit ends the run: the user's choice.)
    for (const args of [["--concurrency", "2"], ["--concurrency", "off"]]) {
      const r = runCli([".", "--format", "json", ...args], dir);
      expect(r.stderr.trim().split("\n")).toEqual([
        `jobpostlint: ${join(dir, "p-020-quit.txt")}: rule 'house/quit' ended its worker thread (exit code 3)`,
        `jobpostlint: ${join(dir, BINARY_FILE)}: binary data (NUL byte at offset 4), not a text posting`,
      ]);
      expect(r.status).toBe(2);
      const results = json(r.stdout);
      expect(results.map((x) => basename(x.filePath))).toEqual([...linted, "p-020-quit.txt"].sort());
      expect(results.find((x) => basename(x.filePath) === "p-069.txt")!.messages.map((m) => m.ruleId)).toContain("no-stray-tabs");
    }
  });

  it("a JavaScript configuration whose settings hold a function is linted in the main thread, not a crash", () => {
    const dir = corpusDir("pool-js-config", { ".jobpostlintrc.cjs": 'module.exports = { settings: { pick: () => 1 }, rules: { "no-stray-tabs": "error" } };\n' });
    const off = runCli([".", "--format", "json", "--concurrency", "off"], dir);
    const two = runCli([".", "--format", "json", "--concurrency", "2"], dir);
    expect(off.status).toBe(2);
    expect(two.stderr).toBe(off.stderr);
    expect(two.stdout).toBe(off.stdout);
    expect(two.status).toBe(2);
    expect(json(two.stdout).some((r) => r.errorCount > 0)).toBe(true);
  });
});

describe("plugin rules on a posting over 1 MB (past what a pool worker's bounded heap takes)", () => {
  /** ~1.2 MB of distinct lines: seconds of parsing and built-in rules, few findings. */
  function bigPosting(): string {
    const lines = ["# Senior Payments Engineer", "", "## Responsibilities", ""];
    for (let i = 0, size = 0; size < 1_200_000; i++) {
      const line = `- Build reliable payment system number ${i} with the platform team.`;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join("\n") + "\n";
  }
  const rule = (name: string, body: string) =>
    `${name}: { meta: { id: "${name}", description: "", category: "structure", recommended: "error", examples: { valid: [], invalid: [] } }, create(context) { ${body} } }`;

  it("is linted on a worker whose heap is not bounded: a plugin rule that holds 320 MB finishes, on a worker thread", () => {
    const dir = tmp("big-plugin");
    writeFiles(dir, {
      "big.md": bigPosting(),
      // Stands for what linting megabytes may need to hold.
      "hungry.mjs": `import { threadId } from "node:worker_threads";
export default { rules: { ${rule("hungry", `const held = []; for (let i = 0; i < 40; i++) held.push(new Array(1e6).fill(i + 0.5));
  context.report({ message: "held " + held.length + " arrays on thread " + threadId, loc: { line: 1 } });`)} } };\n`,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./hungry.mjs" } }),
    });
    const r = runCli(["big.md", "--format", "json"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const [result] = json(r.stdout);
    const held = result!.messages.find((m) => m.ruleId === "house/hungry");
    expect(held?.message).toMatch(/^held 40 arrays on thread [1-9]\d*$/);
    expect(result!.messages.some((m) => m.ruleId === "pay-transparency")).toBe(true);
  });

  it("under 1 MB it stays on a bounded worker: running out of that heap is one line saying what to do, exit 2", () => {
    const dir = tmp("bounded-plugin");
    writeFiles(dir, {
      "small.md": "# Engineer\n\nBuild things.\n",
      "hungry.mjs": `export default { rules: { ${rule("hungry", `const held = []; for (let i = 0; i < 80; i++) held.push(new Array(1e6).fill(i + 0.5)); context.report({ message: "held", loc: { line: 1 } });`)} } };\n`,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./hungry.mjs" } }),
    });
    const r = runCli(["small.md"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`jobpostlint: ${join(dir, "small.md")}: ran out of memory in a worker thread (its heap is bounded to 256 MB); lint this file alone or with --concurrency off\n`);
  });

  it("its plugin rules' time budget counts only their own time, not the built-in rules' seconds", () => {
    const dir = tmp("big-budget");
    writeFiles(dir, {
      "big.md": bigPosting(),
      "quick.mjs": `export default { rules: { ${rule("quick", `context.report({ message: "quick", loc: { line: 1 } });`)} } };\n`,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./quick.mjs" } }),
    });
    // Parsing 1.2 MB alone takes longer than 150 ms; the rule itself, well under a millisecond.
    const r = runCli(["big.md", "--format", "json", "--plugin-timeout", "150"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(json(r.stdout)[0]!.messages.map((m) => m.ruleId)).toContain("house/quick");
  });
});

describe("--concurrency: bad values", () => {
  for (const value of ["0", "abc", "-1", "1.5", ""]) {
    it(`--concurrency '${value}' is a one-line usage error, exit 2`, () => {
      const dir = corpusDir("pool-usage");
      const r = runCli([".", `--concurrency=${value}`], dir);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`jobpostlint: --concurrency takes a whole number of threads, auto or off, not '${value}'\n`);
    });
  }

  it("--concurrency 1, off and auto are accepted", () => {
    const dir = corpusDir("pool-ok");
    const expected = runCli([".", "--concurrency", "off"], dir);
    expect(expected.status).toBe(2);
    for (const value of ["1", "auto", "8"]) expect(runCli([".", "--concurrency", value], dir)).toEqual(expected);
  });
});

describe("lintFiles with concurrency (the API, from dist, where the compiled worker exists)", () => {
  it("returns the same results with { concurrency: 2 } as with { concurrency: 1 }, in input order", async () => {
    const dir = corpusDir("api-pool", { "thread.mjs": threadPlugin, ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./thread.mjs" }, rules: { "house/thread": "off" } }) });
    const api = (await import(pathToFileURL(join(root, "dist/src/index.js")).href)) as Api;
    const patterns = [...linted].reverse();
    const one = await api.lintFiles(patterns, { cwd: dir, concurrency: 1 });
    const two = await api.lintFiles(patterns, { cwd: dir, concurrency: 2 });
    expect(two).toEqual(one);
    expect(two.map((r) => basename(r.filePath))).toEqual(patterns);
    expect(two.some((r) => r.messages.some((m) => m.ruleId === "no-stray-tabs"))).toBe(true);
    // The pool really ran: with the thread rule on and three threads, three workers answered.
    const seen = await api.lintFiles(patterns, { cwd: dir, concurrency: 3, rules: { "house/thread": "warn" } });
    expect(new Set(seen.flatMap((r) => r.messages.filter((m) => m.ruleId === "house/thread").map((m) => m.message))).size).toBe(3);
  });

  it("works under V8 flags (`node --max-old-space-size=...`), which a worker takes over but refuses as explicit options", () => {
    const dir = corpusDir("v8-flags");
    const run = (concurrency: string) =>
      spawnSync(process.execPath, ["--max-old-space-size=1024", "--stack-trace-limit=20", bin, ".", "--format", "json", "--concurrency", concurrency], {
        cwd: dir,
        encoding: "utf8",
      });
    const off = run("off");
    const two = run("2");
    expect(two.stderr).toBe(off.stderr);
    expect(two.stderr).not.toContain("execArgv");
    expect(two.status).toBe(off.status);
    expect(two.stdout).toBe(off.stdout);
    expect(JSON.parse(two.stdout).length).toBeGreaterThan(1);
  });

  it("works from `node --input-type=module` with a V8 flag as well (the worker then runs with Node's defaults)", () => {
    const dir = corpusDir("api-input-type-v8");
    const script = `import { lintFiles } from ${JSON.stringify(pathToFileURL(join(root, "dist/src/index.js")).href)};
const off = await lintFiles(["."], { concurrency: 1 });
const two = await lintFiles(["."], { concurrency: 2 });
console.log(JSON.stringify(off) === JSON.stringify(two));\n`;
    const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "--input-type=module"], { cwd: dir, input: script, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("true");
  });

  it("works from `node --input-type=module` (worker threads refuse that option; the pool must not pass it on)", () => {
    const dir = corpusDir("api-input-type");
    const script = `import { lintFiles } from ${JSON.stringify(pathToFileURL(join(root, "dist/src/index.js")).href)};
const off = await lintFiles(["."], { concurrency: 1 });
const two = await lintFiles(["."], { concurrency: 2 });
console.log(JSON.stringify({ same: JSON.stringify(off) === JSON.stringify(two), fatal: two.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => m.message)) }));\n`;
    const r = spawnSync(process.execPath, ["--input-type=module"], { cwd: dir, input: script, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ same: true, fatal: [`${join(dir, BINARY_FILE)}: binary data (NUL byte at offset 4), not a text posting`] });
  });
});

describe("WorkerPool (compiled, from dist)", () => {
  let poolModule: PoolModule;
  let pluginUrl: string;
  beforeAll(async () => {
    poolModule = (await import(pathToFileURL(join(root, "dist/src/workers/pool.js")).href)) as PoolModule;
    const dir = tmp("pool-unit");
    writeFiles(dir, {
      "p.mjs": `import { threadId } from "node:worker_threads";
const meta = (id) => ({ id, description: "", category: "structure", recommended: "warn", examples: { valid: [], invalid: [] } });
export default { rules: {
  thread: { meta: meta("thread"), create(context) { context.report({ message: String(threadId), loc: { line: 1 } }); } },
  hang: { meta: meta("hang"), create(context) { if (context.posting.text.includes("hang")) for (;;) {} } },
  quit: { meta: meta("quit"), create(context) { if (context.posting.text.includes("quit")) process.exit(7); } },
} };\n`,
    });
    pluginUrl = pathToFileURL(join(dir, "p.mjs")).href;
  });

  const job = (text: string, plugins: string[] = ["thread"]) => ({
    text,
    filePath: `/virtual/${text.slice(0, 12).replace(/\W/g, "_")}.txt`,
    fix: false,
    settings: {},
    rules: [{ id: "no-stray-tabs", severity: 1 as const, options: {} }, ...plugins.map((name) => ({ id: `house/${name}`, severity: 1 as const, options: {}, plugin: { url: pluginUrl, name } }))],
  });

  function threadOf(outcome: Awaited<ReturnType<Pool["run"]>>): string {
    if (!("result" in outcome)) throw new Error(`no result: ${JSON.stringify(outcome)}`);
    return outcome.result.messages.find((m) => m.ruleId === "house/thread")!.message;
  }

  it("is available from dist", () => {
    expect(poolModule.WorkerPool.available()).toBe(true);
  });

  it("settles each job with its own result, whatever the order workers finish in, on at most `size` threads", async () => {
    const pool = new poolModule.WorkerPool(2, 30_000);
    try {
      const texts = Array.from({ length: 12 }, (_, i) => (i % 4 === 0 ? `Long ${i}\n` + "Some line of prose here.\n".repeat(5000) : `Short ${i}\n\tTabbed ${i}.\n`));
      const outcomes = await Promise.all(texts.map((t) => pool.run(job(t))));
      outcomes.forEach((outcome, i) => {
        expect("result" in outcome && outcome.result.filePath).toBe(job(texts[i]!).filePath);
        const tabs = "result" in outcome ? outcome.result.messages.filter((m) => m.ruleId === "no-stray-tabs").map((m) => m.line) : [];
        expect(tabs).toEqual(i % 4 === 0 ? [] : [2]);
      });
      const used = new Set(outcomes.map(threadOf));
      expect(used.size).toBe(2);
      expect(used).not.toContain("0");
    } finally {
      await pool.close();
    }
  });

  it("settles every job when a worker holds several and answers them out of order (a Markdown job waits for its reader to load)", async () => {
    const pool = new poolModule.WorkerPool(1, 0);
    try {
      const jobs = Array.from({ length: 9 }, (_, i) => ({
        text: i % 3 === 0 ? `# Title ${i}\n\n\tTabbed\n` : `Title ${i}\n\tTabbed\n`,
        filePath: `/virtual/${i}.${i % 3 === 0 ? "md" : "txt"}`,
        fix: false,
        settings: {},
        rules: [{ id: "no-stray-tabs", severity: 1 as const, options: {} }],
      }));
      // No timer in the pool: a job that never settles would hold this test until vitest's own timeout; fail sooner.
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), 60_000)));
      const outcomes = await Promise.race([Promise.all(jobs.map((j) => pool.run(j))), hung]);
      clearTimeout(timer);
      expect(outcomes).not.toBe("hung");
      expect((outcomes as Awaited<ReturnType<Pool["run"]>>[]).map((o) => ("result" in o ? [o.result.filePath, o.result.messages.map((m) => m.line)] : o))).toEqual(
        jobs.map((j, i) => [j.filePath, [i % 3 === 0 ? 3 : 2]]),
      );
    } finally {
      await pool.close();
    }
  });

  it("retires a worker whose plugin rule hangs (naming the rule), and a new worker takes the following jobs", async () => {
    const pool = new poolModule.WorkerPool(1, 3000);
    try {
      const before = threadOf(await pool.run(job("First.\n")));
      expect(threadOf(await pool.run(job("Second.\n")))).toBe(before);
      const [stuck, after] = await Promise.all([pool.run(job("Please hang.\n", ["thread", "hang"])), pool.run(job("Third.\n"))]);
      expect(stuck).toEqual({ timedOut: "house/hang" });
      expect(threadOf(after)).not.toBe(before);
    } finally {
      await pool.close();
    }
  });

  it("settles the job of a worker that exits (process.exit in a plugin rule) even with no time budget, and goes on", async () => {
    const pool = new poolModule.WorkerPool(1, 0);
    try {
      const [quit, next] = await Promise.all([pool.run(job("Please quit.\n", ["thread", "quit"])), pool.run(job("Next.\n"))]);
      expect(quit).toEqual({ error: "rule 'house/quit' ended its worker thread (exit code 7)" });
      expect(threadOf(next)).toMatch(/^[1-9]\d*$/);
    } finally {
      await pool.close();
    }
  });

  it("close() stops the workers, and a second close() is harmless", async () => {
    const pool = new poolModule.WorkerPool(2, 0);
    const outcomes = await Promise.all([pool.run(job("A.\n")), pool.run(job("B.\n"))]);
    expect(outcomes.every((o) => "result" in o)).toBe(true);
    await expect(pool.close()).resolves.toBeUndefined();
    await expect(pool.close()).resolves.toBeUndefined();
  });
});
