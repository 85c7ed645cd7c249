import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { onlyRulesConfig } from "./helpers/only-rules.js";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "dist/bundle/jobpostlint.js");
const example = join(root, "examples/ats-posting.txt");
/** CLI behaviour is tested with no-stray-tabs alone, so other rules' findings cannot blur it. */
const tabsOnly = onlyRulesConfig(["no-stray-tabs"]);

function run(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "jobpostlint-e2e-"));
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; severity: number; fatal?: boolean }[];
  errorCount: number;
  output?: string;
}

beforeAll(() => {
  // `npm test` builds first; a missing binary means the test run is misconfigured, not a skip.
  expect(readFileSync(join(dirname(bin), "cli.cjs"), "utf8")).toContain("main(");
});

describe("jobpostlint on the ATS example", () => {
  it("reports no-stray-tabs on every line with a tab and no other, in ESLint's JSON shape", () => {
    const { status, stdout } = run([example, "--format", "json"]);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results).toHaveLength(1);
    const tabLines = readFileSync(example, "utf8").split("\n").flatMap((l, i) => (l.includes("\t") ? [i + 1] : []));
    expect(tabLines).toEqual([...range(2, 26), ...range(28, 30), ...range(32, 35)]);
    expect(results[0]!.messages.filter((m) => m.ruleId === "no-stray-tabs").map((m) => m.line)).toEqual(tabLines);
    expect(status).toBe(results[0]!.errorCount > 0 ? 1 : 0);
    expect(Object.keys(results[0]!).sort()).toEqual(
      ["errorCount", "fatalErrorCount", "filePath", "fixableErrorCount", "fixableWarningCount", "messages", "source", "suppressedMessages", "warningCount"].sort(),
    );
  });

  it("--fix removes every tab, puts one space where line 18 had one, and keeps every other character", () => {
    const dir = tmp();
    const copy = join(dir, "ats-posting.txt");
    cpSync(example, copy);
    run(["--fix", copy]);
    const original = readFileSync(example, "utf8");
    const fixed = readFileSync(copy, "utf8");
    expect(fixed).not.toContain("\t");
    expect(fixed.split("\n")[17]).toBe("Excellent communication skills (both written and verbal) and a collaborative team player.");
    expect(fixed).toBe(original.replace(/^\t+/gm, "").replace(/ \t/g, " "));
    run(["--fix", copy]);
    expect(readFileSync(copy, "utf8")).toBe(fixed);
  });

  it("--fix keeps CRLF endings, the BOM and the missing final newline", () => {
    const dir = tmp();
    const copy = join(dir, "crlf.txt");
    const original = readFileSync(example, "utf8");
    expect(original.endsWith("\n")).toBe(false);
    writeFileSync(copy, "\uFEFF" + original.replace(/\n/g, "\r\n"));
    run(["--fix", copy]);
    const fixed = readFileSync(copy);
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = fixed.toString("utf8").slice(1);
    expect(text).not.toContain("\t");
    expect(text.split("\r\n")).toHaveLength(original.split("\n").length);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.endsWith("\r\n")).toBe(false);
  });

  it("--fix-dry-run prints the fixed text and writes nothing", () => {
    const dir = tmp();
    const copy = join(dir, "a.txt");
    writeFileSync(copy, "\tIndented line.\n");
    const { stdout } = run(["--fix-dry-run", copy, "--config", tabsOnly]);
    expect(stdout).toBe("Indented line.\n");
    expect(readFileSync(copy, "utf8")).toBe("\tIndented line.\n");
    const json = JSON.parse(run(["--fix-dry-run", "--format", "json", copy, "--config", tabsOnly]).stdout) as JsonResult[];
    expect(json[0]!.output).toBe("Indented line.\n");
  });
});

describe("bad input: one line on stderr, exit 2, never a stack trace", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["a missing path", () => [join(tmp(), "missing.txt")], /missing\.txt: no such file or directory/],
    ["an unknown flag", () => ["--frobnicate", example], /Unknown option '--frobnicate'/],
    [
      "a binary file",
      () => {
        const f = join(tmp(), "logo.txt");
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
        return [f];
      },
      /logo\.txt: binary data/,
    ],
    [
      "invalid UTF-8",
      () => {
        const f = join(tmp(), "latin1.txt");
        writeFileSync(f, Buffer.from("Caf\xe9 manager\n", "latin1"));
        return [f];
      },
      /latin1\.txt: invalid UTF-8 at byte offset 3/,
    ],
    ["an unknown format", () => ["--format", "nope", example], /unknown format 'nope'/],
    ["an endless device (/dev/zero): read only until it shows binary data", () => ["/dev/zero"], /^jobpostlint: \/dev\/zero: binary data \(NUL byte at offset 0\)/],
    ["--fix with --fix-dry-run", () => ["--fix", "--fix-dry-run", example], /--fix and --fix-dry-run cannot be used together/],
    ["an empty --plugin-timeout (it meant no limit)", () => ["--plugin-timeout", "", example], /--plugin-timeout takes a whole number, not ''/],
    ["a --plugin-timeout past what a timer holds (it stopped every plugin rule at once)", () => ["--plugin-timeout", "3000000000", example], /--plugin-timeout takes at most 2147483647/],
    ["an empty --max-warnings (it meant 0)", () => ["--max-warnings", "", example], /--max-warnings takes a whole number, not ''/],
    ["an empty --output-file (it printed to stdout)", () => ["--output-file", "", example], /--output-file needs a file name/],
    [
      "a configuration whose promise never settles (Node would end the run with exit 0)",
      () => {
        const config = join(tmp(), "never.mjs");
        writeFileSync(config, "export default new Promise(() => {});\n");
        return ["--config", config, example];
      },
      /the run stopped unfinished: a configuration, plugin or formatter returned a promise that never settles/,
    ],
    ["an unknown rule", () => ["--rule", "no-such-rule:error", example], /unknown rule 'no-such-rule'/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, () => {
      const { status, stderr } = run(args());
      expect(status).toBe(2);
      expect(stderr).toMatch(pattern);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("still lints the other files of the run", () => {
    const dir = tmp();
    writeFileSync(join(dir, "good.txt"), "\tTabbed line.\n");
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0xff, 0x00, 0x01]));
    const { status, stdout, stderr } = run([join(dir, "good.txt"), join(dir, "bad.txt"), "--format", "json", "--config", tabsOnly]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/bad\.txt/);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([["no-stray-tabs"]]);
  });

  it("endless standard input is refused once its start shows binary data, not read into memory", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" --stdin < /dev/zero`], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("jobpostlint: <stdin>: binary data (NUL byte at offset 0), not a text posting\n");
    expect(r.status).toBe(2);
  });

  it("--fix with --fix-dry-run leaves the file as it was", () => {
    const f = join(tmp(), "tabs.txt");
    writeFileSync(f, "A\ttab.\n");
    expect(run(["--fix", "--fix-dry-run", f]).status).toBe(2);
    expect(readFileSync(f, "utf8")).toBe("A\ttab.\n");
  });

  it("does not write an invalid UTF-8 file back under --fix", () => {
    const f = join(tmp(), "latin1.txt");
    const bytes = Buffer.from("\tCaf\xe9\n", "latin1");
    writeFileSync(f, bytes);
    expect(run(["--fix", f]).status).toBe(2);
    expect(readFileSync(f).equals(bytes)).toBe(true);
  });
});

describe("command line", () => {
  it("takes a negative number after a flag as its value: --max-warnings -1 is no limit, --plugin-timeout -5 a usage error naming it", () => {
    const input = "Role\n\tTabbed.\n";
    expect(run(["--stdin", "--max-warnings", "-1", "--config", tabsOnly], { input }).status).toBe(0);
    expect(run(["--stdin", "--max-warnings", "0", "--config", tabsOnly], { input }).status).toBe(1);
    const r = run(["--stdin", "--plugin-timeout", "-5"], { input });
    expect([r.status, r.stderr]).toEqual([2, "jobpostlint: --plugin-timeout takes a whole number, not '-5'\n"]);
  });

  it("refuses --stdin with file names, which it would not lint (exit 2)", () => {
    const { status, stdout, stderr } = run(["--stdin", "posting.txt"], { input: "Role\n\tTabbed.\n" });
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toBe("jobpostlint: --stdin lints standard input only, not files: drop 'posting.txt' or --stdin\n");
  });

  it("lints standard input, named by --stdin-filename", () => {
    const { status, stdout } = run(["--stdin", "--stdin-filename", "posting.txt", "--format", "json", "--config", tabsOnly], { input: "Role\n\tTabbed.\n" });
    expect(status).toBe(0);
    const [result] = JSON.parse(stdout) as JsonResult[];
    expect(result!.filePath).toBe("posting.txt");
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([["no-stray-tabs", 2]]);
  });

  it("refuses --fix on standard input and points to --fix-dry-run", () => {
    const { status, stderr } = run(["--stdin", "--fix"], { input: "x" });
    expect(status).toBe(2);
    expect(stderr).toMatch(/--fix-dry-run/);
  });

  it("honours a directive that disables the rule on a line", () => {
    const input = "\tfirst <!-- jobpostlint-disable-line no-stray-tabs -->\n\tsecond\n";
    const [result] = JSON.parse(run(["--stdin", "--stdin-filename", "x.txt", "-f", "json", "--config", tabsOnly], { input }).stdout) as JsonResult[];
    expect(result!.messages.map((m) => m.line)).toEqual([2]);
  });

  it("walks directories for postings, skipping node_modules and dot-folders", () => {
    const dir = tmp();
    for (const sub of ["jobs", "node_modules/pkg", ".git", "jobs/eng"]) mkdirSync(join(dir, sub), { recursive: true });
    for (const f of ["jobs/a.md", "jobs/eng/b.txt", "jobs/c.markdown", "jobs/notes.json", "node_modules/pkg/x.md", ".git/y.md"]) {
      writeFileSync(join(dir, f), "A\ttab\n");
    }
    const results = JSON.parse(run([dir, "--format", "json", "--config", tabsOnly], { cwd: dir }).stdout) as JsonResult[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual(["jobs/a.md", "jobs/c.markdown", "jobs/eng/b.txt"]);
  });

  it("expands globs", () => {
    const dir = tmp();
    writeFileSync(join(dir, "one.md"), "x\ty\n");
    writeFileSync(join(dir, "two.txt"), "x\ty\n");
    const results = JSON.parse(run(["*.md", "--format", "json", "--config", tabsOnly], { cwd: dir }).stdout) as JsonResult[];
    expect(results.map((r) => r.filePath)).toEqual([join(dir, "one.md")]);
  });

  it("--max-warnings and --quiet shape the exit code and the report", () => {
    const dir = tmp();
    writeFileSync(join(dir, "w.txt"), "\tTabbed line.\n");
    const w = [join(dir, "w.txt"), "--config", tabsOnly];
    expect(run(w).status).toBe(0);
    const over = run([...w, "--max-warnings", "0"]);
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(/too many warnings \(maximum: 0, found: 1\)/);
    expect(run([...w, "--quiet"]).stdout.trim()).toBe("");
    expect(run([...w, "--rule", "no-stray-tabs:error"]).status).toBe(1);
  });

  it("prints stylish output with positions, rule ids and a fixable summary", () => {
    const dir = tmp();
    writeFileSync(join(dir, "w.txt"), "Role\n\tTabbed line.\n");
    const { stdout } = run(["w.txt", "--config", tabsOnly], { cwd: dir });
    expect(stdout).toContain("w.txt\n");
    expect(stdout).toMatch(/ 2:1\s+warning\s+Tab indentation \(1 tab\): remove it\s+no-stray-tabs/);
    expect(stdout).toContain("1 problem (0 errors, 1 warning)");
    expect(stdout).toContain("0 errors and 1 warning potentially fixable with the `--fix` option.");
  });

  it("--version and --help exit 0", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: jobpostlint/);
  });

  it("keeps the file mode when it writes a fix", () => {
    const f = join(tmp(), "mode.txt");
    writeFileSync(f, "\tx\n");
    chmodSync(f, 0o640);
    run(["--fix", f, "--config", tabsOnly]);
    expect(readFileSync(f, "utf8")).toBe("x\n");
    expect((spawnSync("stat", ["-c", "%a", f], { encoding: "utf8" }).stdout ?? "").trim()).toBe("640");
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
