import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BINARY_FILE, bin, corpus, root, runCli, tmp, writeFiles, type JsonResult } from "./helpers/e2e-postings.js";

/**
 * The result cache (`--cache`), end to end through the built binary. A cache
 * hit is proven without timing: tests mark the stored messages in the cache
 * file ("[cached]") and look for the mark in the output, which only a result
 * read from the cache can carry. No assertion is about speed.
 */

type Api = typeof import("../src/index.js");

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  config: string;
  result: { messages: { message: string }[]; output?: unknown; fixWarning?: unknown };
}
interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

const MARK = "[cached] ";
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

function readCache(path: string): CacheFile {
  return JSON.parse(readFileSync(path, "utf8")) as CacheFile;
}

/** Marks every stored message of the given files (all when none named), so output from a cache hit shows it. */
function mark(cachePath: string, files?: string[]): void {
  const cache = readCache(cachePath);
  for (const path of files ?? []) expect(cache.entries[path]?.result.messages.length).toBeGreaterThan(0);
  for (const [path, entry] of Object.entries(cache.entries)) {
    if (files && !files.includes(path)) continue;
    for (const m of entry.result.messages) if (!m.message.startsWith(MARK)) m.message = MARK + m.message;
  }
  writeFileSync(cachePath, JSON.stringify(cache));
}

/** The files whose results the output shows as read from the cache. */
function hits(results: JsonResult[]): string[] {
  return results.filter((r) => r.messages.some((m) => m.message.startsWith(MARK))).map((r) => basename(r.filePath));
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** Three small postings with findings (the first two fixable), in a fresh folder with a package.json (a project root). */
function small(extra: Record<string, string> = {}): string {
  const dir = tmp("cache");
  writeFiles(dir, {
    "package.json": JSON.stringify({ name: "postings", private: true }),
    "a.txt": "Warehouse Associate\n\nResponsibilities\n\tLoad trucks\n\nRequirements\n2 years of warehouse experience\n",
    "b.md": "# Engineer\n\n## Responsibilities\n\n- Build the billing platform as a rockstar\n- Review code\n\n## Requirements\n\n- 3+ years of Go\n",
    "c.txt": "Driver\n\nResponsibilities\nDeliver parcels across the city every day\n\nRequirements\nA clean licence\n",
    ...extra,
  });
  return dir;
}

/** A whole second, so that setting it again gives the very same mtimeMs (a file's own time has sub-millisecond digits). */
const MTIME = 1_700_000_000_000;

function setMtime(path: string, mtimeMs: number): void {
  utimesSync(path, new Date(mtimeMs), new Date(mtimeMs));
  expect(statSync(path).mtimeMs).toBe(mtimeMs);
}

beforeAll(() => {
  // `npm test` builds first; a missing binary means the test run is misconfigured, not a skip.
  expect(readFileSync(join(dirname(bin), "cli.cjs"), "utf8")).toContain("main(");
});

describe("--cache: the second run reports what the first did", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp("cache-corpus");
    writeFiles(dir, corpus());
  });

  for (const format of ["stylish", "json"]) {
    for (const concurrency of ["off", "2"]) {
      it(`--format ${format}, --concurrency ${concurrency}: cold and warm runs print byte for byte what a run without the cache prints`, () => {
        const location = join(tmp("cache-loc"), "cache.json");
        const args = [".", "--format", format, "--concurrency", concurrency];
        const plain = runCli(args, dir);
        const cold = runCli([...args, "--cache", "--cache-location", location], dir);
        expect(existsSync(location)).toBe(true);
        const warm = runCli([...args, "--cache", "--cache-location", location], dir);
        expect(plain.status).toBe(2); // the binary file
        for (const r of [cold, warm]) {
          expect(r.stdout).toBe(plain.stdout);
          expect(r.stderr).toBe(plain.stderr);
          expect(r.status).toBe(plain.status);
        }
      });
    }
  }

  it("json from the cache carries the source text exactly where a fresh lint does (results with findings)", () => {
    const location = join(tmp("cache-loc"), "cache.json");
    runCli([".", "--cache", "--cache-location", location], dir);
    const warm = json(runCli([".", "--format", "json", "--cache", "--cache-location", location], dir).stdout);
    expect(warm.filter((r) => r.source !== undefined).length).toBeGreaterThan(50);
    for (const r of warm) {
      if (r.messages.length > 0) expect(r.source).toBe(readFileSync(r.filePath, "utf8"));
      else expect(r).not.toHaveProperty("source");
    }
  });

  it("stores one entry per linted file, keyed by absolute path, for this version; no entry for the unreadable file", () => {
    const location = join(tmp("cache-loc"), "cache.json");
    const r = runCli([".", "--format", "json", "--cache", "--cache-location", location], dir);
    const cache = readCache(location);
    expect(cache.version).toBe(version);
    // Written in pieces of 16 KB, and still one compact JSON text.
    const raw = readFileSync(location, "utf8");
    expect(raw.length).toBeGreaterThan(2 * 16384);
    expect(raw).toBe(JSON.stringify(cache));
    expect(Object.keys(cache.entries).sort()).toEqual(json(r.stdout).map((x) => x.filePath).sort());
    expect(cache.entries).not.toHaveProperty(join(dir, BINARY_FILE));
    for (const x of json(r.stdout)) {
      const entry = cache.entries[x.filePath]!;
      expect(entry.result.messages.map((m) => m.message)).toEqual(x.messages.map((m) => m.message));
      expect(entry.hash).toBe(createHash("sha1").update(readFileSync(x.filePath)).digest("base64url"));
      expect(entry.size).toBe(statSync(x.filePath).size);
    }
  });
});

describe("--cache: what a hit is, and what invalidates it", () => {
  it("settings full of YAML aliases (a 'billion laughs' list) are keyed by what the file holds, not by their expansion", () => {
    // Nine levels of nine aliases: 9^9 strings once expanded, which JSON.stringify never finished.
    const levels = ['  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`  l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(", ")}]`);
    const dir = small({ ".jobpostlintrc.yaml": `settings:\n${levels.join("\n")}\n` });
    const first = runCli(["a.txt", "--format", "json", "--cache"], dir);
    expect(first.stderr).toBe("");
    expect(json(first.stdout)[0]!.messages.length).toBeGreaterThan(0);
    mark(join(dir, ".jobpostlintcache"));
    expect(hits(json(runCli(["a.txt", "--format", "json", "--cache"], dir).stdout))).toEqual(["a.txt"]);
  });

  it("settings that refer to themselves: one line naming --cache and the cycle, exit 2, not an internal error", () => {
    const dir = small({ "jobpostlint.config.mjs": "const settings = { team: 'platform' };\nsettings.self = settings;\nexport default { settings };\n" });
    const r = runCli(["a.txt", "--cache"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["jobpostlint: --cache: the configuration's settings or rule options refer to themselves (a cycle), so no cache key can be made for them"]);
    // Without --cache nothing needs a key, and the run lints.
    const plain = runCli(["a.txt", "--format", "json"], dir);
    expect(plain.status).toBe(0);
    expect(json(plain.stdout)[0]!.messages.length).toBeGreaterThan(0);
  });

  it("a hit shows what is stored (the proof the other tests use); the default cache file is .jobpostlintcache in the working folder", () => {
    const dir = small();
    const first = runCli(["a.txt", "b.md", "c.txt", "--format", "json", "--cache"], dir);
    const cachePath = join(dir, ".jobpostlintcache");
    expect(existsSync(cachePath)).toBe(true);
    expect(hits(json(first.stdout))).toEqual([]);
    mark(cachePath);
    const second = runCli(["a.txt", "b.md", "c.txt", "--format", "json", "--cache"], dir);
    expect(hits(json(second.stdout))).toEqual(["a.txt", "b.md", "c.txt"]);
    // Without --cache, the cache is not read.
    expect(hits(json(runCli(["a.txt", "b.md", "c.txt", "--format", "json"], dir).stdout))).toEqual([]);
  });

  for (const strategy of ["metadata", "content"]) {
    it(`--cache-strategy ${strategy}: a content change re-lints the file (and only it), with the right findings`, () => {
      const dir = small();
      const cache = join(dir, ".jobpostlintcache");
      const args = ["a.txt", "b.md", "c.txt", "--format", "json", "--cache", "--cache-strategy", strategy];
      const a = join(dir, "a.txt");
      const b = join(dir, "b.md");
      setMtime(a, MTIME);
      setMtime(b, MTIME);
      runCli(args, dir);
      mark(cache);
      // Same size, and the modification time put back: only the content strategy can see this one.
      writeFileSync(a, readFileSync(a, "utf8").replace("\tLoad trucks", "Load\ttrucks"));
      setMtime(a, MTIME);
      // A longer text with a new finding, the modification time also put back: the size tells the metadata strategy.
      writeFileSync(b, readFileSync(b, "utf8") + "- A true ninja\n");
      setMtime(b, MTIME);
      const r = json(runCli(args, dir).stdout);
      expect(hits(r)).toContain("c.txt");
      expect(hits(r)).not.toContain("b.md");
      // (The metadata strategy, by definition, cannot tell a.txt changed.)
      if (strategy === "content") expect(hits(r)).not.toContain("a.txt");
      const fresh = json(runCli(["b.md", "--format", "json"], dir).stdout)[0]!;
      expect(r[1]!.messages).toEqual(fresh.messages);
      expect(fresh.messages.filter((m) => m.ruleId === "no-buzzwords")).toHaveLength(2);
      if (strategy === "content") {
        const aFresh = json(runCli(["a.txt", "--format", "json"], dir).stdout)[0]!;
        expect(r[0]!.messages).toEqual(aFresh.messages);
        expect(aFresh.messages.find((m) => m.ruleId === "no-stray-tabs")!.message).toMatch(/between words/);
      }
    });
  }

  it("a touch (new modification time, same bytes) re-lints under metadata and is a hit under content", () => {
    const dir = small();
    const cache = join(dir, ".jobpostlintcache");
    for (const strategy of ["metadata", "content"]) {
      const args = ["a.txt", "b.md", "--format", "json", "--cache", "--cache-strategy", strategy];
      const a = join(dir, "a.txt");
      setMtime(a, MTIME);
      runCli(args, dir);
      mark(cache);
      setMtime(a, MTIME + 60_000);
      expect(hits(json(runCli(args, dir).stdout))).toEqual(strategy === "metadata" ? ["b.md"] : ["a.txt", "b.md"]);
    }
  });

  it("entries are kept for files not in this run: lint a and b, then a alone, then b alone is a hit", () => {
    const dir = small();
    const cache = join(dir, ".jobpostlintcache");
    runCli(["a.txt", "b.md", "--cache"], dir);
    mark(cache, [join(dir, "b.md")]);
    // a changes and is linted alone: its entry is rewritten, b's stays as it was.
    writeFileSync(join(dir, "a.txt"), readFileSync(join(dir, "a.txt"), "utf8") + "More text for the posting.\n");
    expect(hits(json(runCli(["a.txt", "--format", "json", "--cache"], dir).stdout))).toEqual([]);
    expect(Object.keys(readCache(cache).entries).sort()).toEqual([join(dir, "a.txt"), join(dir, "b.md")]);
    expect(hits(json(runCli(["b.md", "--format", "json", "--cache"], dir).stdout))).toEqual(["b.md"]);
  });

  const configChanges: [string, (dir: string) => void][] = [
    [
      "a rule's severity in .jobpostlintrc.json",
      (dir) => writeFileSync(join(dir, ".jobpostlintrc.json"), JSON.stringify({ rules: { "no-stray-tabs": "error" } })),
    ],
    [
      "a rule's options in .jobpostlintrc.json",
      (dir) => writeFileSync(join(dir, ".jobpostlintrc.json"), JSON.stringify({ rules: { "required-sections": ["warn", { sections: ["responsibilities"] }] } })),
    ],
    [
      "settings in .jobpostlintrc.json",
      (dir) => writeFileSync(join(dir, ".jobpostlintrc.json"), JSON.stringify({ settings: { anything: 1 } })),
    ],
  ];
  for (const [what, change] of configChanges) {
    it(`changing ${what} invalidates the entries`, () => {
      const dir = small({ ".jobpostlintrc.json": "{}" });
      const cache = join(dir, ".jobpostlintcache");
      const args = ["a.txt", "b.md", "c.txt", "--format", "json", "--cache"];
      runCli(args, dir);
      mark(cache);
      change(dir);
      const r = runCli(args, dir);
      // The one configuration file applies to every file: all re-linted, and the output is a fresh run's.
      expect(hits(json(r.stdout))).toEqual([]);
      expect(r.stdout).toBe(runCli(args.filter((a) => a !== "--cache"), dir).stdout);
    });
  }

  it("the new severity shows after a severity change, and --rule on the command line is part of the key too", () => {
    const dir = small();
    const args = ["a.txt", "--format", "json", "--cache"];
    const tabs = (r: { stdout: string }) => json(r.stdout)[0]!.messages.filter((m) => m.ruleId === "no-stray-tabs").map((m) => m.severity);
    expect(tabs(runCli(args, dir))).toEqual([1]);
    mark(join(dir, ".jobpostlintcache"));
    const error = runCli([...args, "--rule", "no-stray-tabs:error"], dir);
    expect(tabs(error)).toEqual([2]);
    expect(hits(json(error.stdout))).toEqual([]);
    expect(error.status).toBe(1);
    // And back: the entry for the new key replaced the old one, so this is not a hit either.
    expect(hits(json(runCli(args, dir).stdout))).toEqual([]);
    expect(runCli([...args, "--rule", "no-stray-tabs:error"], dir).status).toBe(1);
  });

  it("--report-unused-disable-directives is part of the key", () => {
    const dir = small({ "d.txt": "Driver\n\nResponsibilities\nDeliver parcels <!-- jobpostlint-disable-line no-stray-tabs -->\n\nRequirements\nA licence\n" });
    const args = ["d.txt", "--format", "json", "--cache"];
    runCli(args, dir);
    mark(join(dir, ".jobpostlintcache"));
    const r = json(runCli([...args, "--report-unused-disable-directives"], dir).stdout);
    expect(hits(r)).toEqual([]);
    expect(r[0]!.messages.some((m) => m.ruleId === null && /unused/i.test(m.message))).toBe(true);
  });

  it("editing a local plugin module invalidates the entries of the files it lints", () => {
    const plugin = (word: string) => `export default { rules: { word: {
      meta: { id: "word", description: "", category: "language", recommended: "warn", examples: { valid: [], invalid: [] } },
      create(context) { if (context.posting.text.includes(${JSON.stringify(word)})) context.report({ message: "found ${word}", loc: { line: 1 } }); } } } };\n`;
    const dir = small({ "house.mjs": plugin("Load"), ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./house.mjs" } }) });
    const args = ["a.txt", "--format", "json", "--cache"];
    const found = (r: { stdout: string }) => json(r.stdout)[0]!.messages.filter((m) => m.ruleId === "house/word").map((m) => m.message.replace(MARK, ""));
    expect(found(runCli(args, dir))).toEqual(["found Load"]);
    mark(join(dir, ".jobpostlintcache"));
    expect(hits(json(runCli(args, dir).stdout))).toEqual(["a.txt"]);
    writeFileSync(join(dir, "house.mjs"), plugin("Warehouse"));
    const r = runCli(args, dir);
    expect(hits(json(r.stdout))).toEqual([]);
    expect(found(r)).toEqual(["found Warehouse"]);
  });

  it("a cache written by another jobpostlint version is dropped", () => {
    const dir = small();
    const cache = join(dir, ".jobpostlintcache");
    runCli(["a.txt", "--cache"], dir);
    mark(cache);
    writeFileSync(cache, JSON.stringify({ ...readCache(cache), version: "0.0.0-other" }));
    expect(hits(json(runCli(["a.txt", "--format", "json", "--cache"], dir).stdout))).toEqual([]);
    expect(readCache(cache).version).toBe(version);
  });
});

describe("--cache: a file edited while it is linted", () => {
  it("is stored under the size and time it had when read, so the next run lints its new text", async () => {
    const { LintCache } = await import("../src/io/lint-cache.js");
    const { readSourceFile } = await import("../src/io/read.js");
    const dir = tmp("cache-race");
    const path = join(dir, "a.txt");
    writeFileSync(path, "A clean line.\n");
    const cache = await LintCache.open(join(dir, "cache"), dir, "metadata", "test");
    const read = await readSourceFile(path);
    // The edit lands after the read and before the result is stored: a tab, and a later time.
    writeFileSync(path, "A\ttabbed line.\n");
    const later = new Date(Date.now() + 10_000);
    utimesSync(path, later, later);
    const stale = { filePath: path, messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
    await cache.store(read, "config", stale);
    expect(await cache.lookup(await readSourceFile(path), "config")).toBeUndefined();
    // Unedited, the same file is a hit.
    expect(await cache.lookup(read, "config")).toMatchObject({ messages: [] });
  });
});

describe("--cache with --fix", () => {
  it("after a --fix run, a plain run reports exactly what a run without the cache reports", () => {
    for (const strategy of ["metadata", "content"]) {
      const dir = small();
      const args = ["a.txt", "b.md", "c.txt", "--cache", "--cache-strategy", strategy];
      // Stored before fixing, then fixed: the stored results are for text no longer on disk.
      runCli(args, dir);
      const fix = runCli([...args, "--fix"], dir);
      expect(fix.stderr).toBe("");
      expect(readFileSync(join(dir, "a.txt"), "utf8")).not.toContain("\t");
      const plain = runCli(["a.txt", "b.md", "c.txt"], dir);
      const cached = runCli(args, dir);
      expect(cached).toEqual(plain);
      // Twice: the run after the fix stored fresh results, which must also be right.
      expect(runCli(args, dir)).toEqual(plain);
    }
  });

  it("results of a fixing run are not stored: --fix-dry-run stores only the files it had nothing to fix in", () => {
    const dir = small();
    const r = json(runCli(["a.txt", "b.md", "c.txt", "--fix-dry-run", "--format", "json", "--cache"], dir).stdout);
    const fixed = r.filter((x) => x.output !== undefined).map((x) => x.filePath);
    expect(fixed).toContain(join(dir, "a.txt"));
    const entries = readCache(join(dir, ".jobpostlintcache")).entries;
    expect(Object.keys(entries).sort()).toEqual(r.map((x) => x.filePath).filter((p) => !fixed.includes(p)).sort());
    for (const entry of Object.values(entries)) {
      expect(entry.result).not.toHaveProperty("output");
      expect(entry.result).not.toHaveProperty("fixWarning");
    }
    // Nothing was written, and a plain cached run still matches an uncached one.
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toContain("\t");
    expect(runCli(["a.txt", "b.md", "c.txt", "--cache"], dir)).toEqual(runCli(["a.txt", "b.md", "c.txt"], dir));
  });

  it("a --fix run whose fixes go round in a circle leaves no warning behind for the next plain run", () => {
    const swap = (from: string, to: string) => `{ meta: { id: "${from}to${to}", description: "", category: "formatting", recommended: "warn", fixable: true, examples: { valid: [], invalid: [] } },
      create(context) { const at = context.posting.text.indexOf("${from}-mark"); if (at >= 0) context.report({ message: "${from} to ${to}", loc: { line: 1 }, fix: { range: [at, at + 1], text: "${to}" } }); } }`;
    const dir = small({
      "cycle.mjs": `export default { rules: { atob: ${swap("A", "B")}, btoa: ${swap("B", "A")} } };\n`,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { cycle: "./cycle.mjs" } }),
      "e.txt": "A-mark here\n",
    });
    const fix = runCli(["e.txt", "--fix", "--cache"], dir);
    expect(fix.stderr).toMatch(/e\.txt: circular fixes detected/);
    expect(readFileSync(join(dir, "e.txt"), "utf8")).toBe("A-mark here\n");
    const plain = runCli(["e.txt"], dir);
    expect(plain.stderr).toBe("");
    expect(runCli(["e.txt", "--cache"], dir)).toEqual(plain);
  });

  it("a --fix run reuses a stored result only when it has nothing to fix, and fixes the rest", () => {
    const dir = small();
    const cache = join(dir, ".jobpostlintcache");
    runCli(["a.txt", "c.txt", "--cache"], dir);
    mark(cache);
    const r = json(runCli(["a.txt", "c.txt", "--fix-dry-run", "--format", "json", "--cache"], dir).stdout);
    expect(hits(r)).toEqual(["c.txt"]);
    expect(r[0]!.output).toBe(readFileSync(join(dir, "a.txt"), "utf8").replace("\tLoad", "Load"));
  });
});

describe("--cache: the cache file", () => {
  for (const [what, content] of [
    ["not JSON", "{ this is not json"],
    ["truncated", '{"version":"' + version + '","entries":{"/x": {"size": 1'],
    ["JSON of another shape", "[1, 2, 3]"],
    ["null", "null"],
    ["entries that are not an object", JSON.stringify({ version, entries: 5 })],
  ] as const) {
    it(`a corrupt cache file (${what}) is ignored and rewritten`, () => {
      const dir = small();
      const cache = join(dir, ".jobpostlintcache");
      writeFileSync(cache, content);
      const plain = runCli(["a.txt", "b.md", "--format", "json"], dir);
      const r = runCli(["a.txt", "b.md", "--format", "json", "--cache"], dir);
      expect(r).toEqual(plain);
      expect(Object.keys(readCache(cache).entries).sort()).toEqual([join(dir, "a.txt"), join(dir, "b.md")]);
    });
  }

  it("--cache-location to a folder ending in / creates the folder and a cache file inside; the same folder without / finds it again", () => {
    const dir = small();
    const r = runCli(["a.txt", "--cache", "--cache-location", "caches/"], dir);
    expect(r.status).toBe(0);
    const inside = readdirSync(join(dir, "caches"));
    expect(inside).toHaveLength(1);
    expect(inside[0]).toMatch(/^\.jobpostlintcache_/);
    expect(existsSync(join(dir, ".jobpostlintcache"))).toBe(false);
    mark(join(dir, "caches", inside[0]!));
    // An existing folder named without the trailing slash is a folder too.
    expect(hits(json(runCli(["a.txt", "--format", "json", "--cache", "--cache-location", "caches"], dir).stdout))).toEqual(["a.txt"]);
    expect(readdirSync(join(dir, "caches"))).toEqual(inside);
  });

  it("--cache-location to a file path uses that file (folders created)", () => {
    const dir = small();
    runCli(["a.txt", "--cache", "--cache-location", "deep/er/lint.json"], dir);
    expect(Object.keys(readCache(join(dir, "deep/er/lint.json")).entries)).toEqual([join(dir, "a.txt")]);
    expect(existsSync(join(dir, ".jobpostlintcache"))).toBe(false);
  });

  const usage: [string[], string][] = [
    [["--cache-location", "x.json"], "--cache-location and --cache-strategy need --cache"],
    [["--cache-strategy", "content"], "--cache-location and --cache-strategy need --cache"],
    [["--cache", "--cache-strategy", "mtime"], "--cache-strategy takes metadata or content, not 'mtime'"],
  ];
  for (const [args, message] of usage) {
    it(`${args.join(" ")} is a one-line usage error, exit 2`, () => {
      const dir = small();
      const r = runCli(["a.txt", ...args], dir);
      expect(r).toEqual({ status: 2, stdout: "", stderr: `jobpostlint: ${message}\n` });
      expect(readdirSync(dir).filter((n) => n.includes("cache") || n === "x.json")).toEqual([]);
    });
  }

  it("a cache location under a regular file: one line naming the cache, exit 2", () => {
    const dir = small();
    const r = runCli(["a.txt", "--cache", "--cache-location", "a.txt/cache.json"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^jobpostlint: ${join(dir, "a.txt/cache.json")}: cannot write the cache: `));
  });

  it("an unwritable cache folder: one line saying permission denied, exit 2", () => {
    const dir = small();
    mkdirSync(join(dir, "locked"));
    chmodSync(join(dir, "locked"), 0o555);
    // Root writes anywhere: run as "nobody" then, so the permission really bites.
    const asRoot = process.getuid?.() === 0;
    const r = runCli(["a.txt", "--cache", "--cache-location", "locked/cache.json"], dir, asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(r.stderr).toBe(`jobpostlint: ${join(dir, "locked/cache.json")}: cannot write the cache: permission denied\n`);
    expect(r.status).toBe(2);
    expect(readdirSync(join(dir, "locked"))).toEqual([]);
  });

  it("standard input is never cached (its text is not the file's)", () => {
    const dir = small();
    const text = readFileSync(join(dir, "c.txt"), "utf8");
    const r = spawnSync(process.execPath, [bin, "--stdin", "--stdin-filename", "a.txt", "--cache", "--format", "json"], { cwd: dir, input: text, encoding: "utf8" });
    expect(json(r.stdout)[0]!.messages.some((m) => m.ruleId === "no-stray-tabs")).toBe(false);
    expect(existsSync(join(dir, ".jobpostlintcache"))).toBe(false);
  });
});

describe("lintFiles with cache and concurrency (the API, from dist)", () => {
  it("returns the same results with { concurrency: 2, cache } as without, cold and warm, and a warm call reads the cache", async () => {
    const dir = tmp("api-cache");
    writeFiles(dir, corpus());
    const api = (await import(pathToFileURL(join(root, "dist/src/index.js")).href)) as Api;
    const plain = await api.lintFiles(["."], { cwd: dir });
    for (const strategy of ["metadata", "content"] as const) {
      const location = join(dir, "cache", `${strategy}.json`);
      const options = { cwd: dir, concurrency: 2, cache: { location, strategy } };
      expect(await api.lintFiles(["."], options)).toEqual(plain);
      expect(await api.lintFiles(["."], options)).toEqual(plain);
      mark(location);
      const marked = await api.lintFiles(["."], options);
      expect(marked.filter((r) => r.messages.some((m) => m.message.startsWith(MARK))).length).toBe(plain.filter((r) => r.messages.length > 0 && !r.messages.some((m) => m.fatal)).length);
    }
    expect(plain.filter((r) => r.messages.some((m) => m.fatal)).map((r) => basename(r.filePath))).toEqual([BINARY_FILE]);
  });
});
