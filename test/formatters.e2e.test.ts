import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Sarif from "sarif";
import { beforeAll, describe, expect, it } from "vitest";
import { expectValidSarif, expectWellFormedXml } from "./helpers/validators.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "dist/bundle/jobpostlint.js");

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input: "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project folder holding the ATS example (errors and more than ten warnings) and a clean posting. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-formats-"));
  mkdirSync(join(dir, "jobs"));
  cpSync(join(root, "examples/ats-posting.txt"), join(dir, "jobs/ats posting.txt"));
  writeFileSync(
    join(dir, "jobs/clean.md"),
    "# Backend engineer\n\nBrightmere builds software for community hospitals.\n\n## Responsibilities\n\n- Build the services that schedule hospital staff.\n\n## Requirements\n\n- 3+ years of experience with Go.\n\n## Pay\n\nThe salary range is $120,000 - $140,000 a year.\n",
  );
  return dir;
}

beforeAll(() => {
  // `npm test` builds first; a missing binary means the test run is misconfigured, not a skip.
  expect(readFileSync(join(dirname(bin), "cli.cjs"), "utf8")).toContain("main(");
});

describe("built-in formats through the binary", () => {
  it("sarif: validates against the official SARIF 2.1.0 schema, with relative percent-encoded URIs and the exit code unchanged", () => {
    const dir = project();
    const { status, stdout } = run(["--format", "sarif", "jobs"], dir);
    expect(status).toBe(1);
    const log = JSON.parse(stdout) as Sarif.Log;
    expectValidSarif(log);
    const results = log.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(10);
    expect(new Set(results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri))).toEqual(new Set(["jobs/ats%20posting.txt"]));
    expect(results.every((r) => r.partialFingerprints?.primaryLocationLineHash)).toBe(true);
  });

  it("sarif: a clean run is a valid log with no results", () => {
    const dir = project();
    const { status, stdout } = run(["-f", "sarif", "jobs/clean.md"], dir);
    expect(status).toBe(0);
    const log = JSON.parse(stdout) as Sarif.Log;
    expectValidSarif(log);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it("github: an annotation per finding with the relative path, then the warning about GitHub's limit", () => {
    const dir = project();
    const { status, stdout } = run(["--format", "github", "jobs"], dir);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1).every((l) => /^::(error|warning) file=jobs\/ats posting\.txt,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=jobpostlint \([a-z-]+\)::\S/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::warning title=jobpostlint::\d+ more annotations than GitHub shows/);
  });

  it("compact: file:line:col lines and a summary", () => {
    const dir = project();
    const { status, stdout } = run(["--format", "compact", "jobs"], dir);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^\d+ problems \(\d+ errors?, \d+ warnings?\)$/);
    expect(lines.filter((l) => l.startsWith("jobs/")).every((l) => /^jobs\/ats posting\.txt:\d+:\d+: (error|warning) .+ \[[a-z-]+\]$/.test(l))).toBe(true);
  });

  it("junit: well-formed XML with a suite per file, findings or not", () => {
    const dir = project();
    const { status, stdout } = run(["--format", "junit", "jobs"], dir);
    expect(status).toBe(1);
    expectWellFormedXml(stdout);
    expect(stdout).toContain('<testsuite name="jobs/ats posting.txt"');
    expect(stdout).toContain('<testcase name="jobs/clean.md" classname="jobs/clean.md" time="0"/>');
  });
});

describe("--output-file", () => {
  it("writes the report to the file, creating its folders, and nothing to stdout; the exit code stays", () => {
    const dir = project();
    const { status, stdout, stderr } = run(["-f", "sarif", "-o", "reports/lint/jobpostlint.sarif", "jobs"], dir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("");
    const log = JSON.parse(readFileSync(join(dir, "reports/lint/jobpostlint.sarif"), "utf8")) as Sarif.Log;
    expectValidSarif(log);
  });

  it("run in a terminal, the report file gets no colour codes (standard output would), unless --color asks", () => {
    const dir = project();
    // script(1) gives the command a terminal; without NO_COLOR so that the terminal alone decides.
    const inTerminal = (args: string) => {
      const env = { ...process.env };
      delete env.NO_COLOR;
      delete env.FORCE_COLOR;
      return spawnSync("script", ["-qec", `"${process.execPath}" "${bin}" jobs ${args}`, "/dev/null"], { cwd: dir, encoding: "utf8", env });
    };
    expect(inTerminal("").stdout).toContain("\u001b[");
    inTerminal("-o plain.txt");
    expect(readFileSync(join(dir, "plain.txt"), "utf8")).toContain("ats posting.txt");
    expect(readFileSync(join(dir, "plain.txt"), "utf8")).not.toContain("\u001b[");
    inTerminal("-o coloured.txt --color");
    expect(readFileSync(join(dir, "coloured.txt"), "utf8")).toContain("\u001b[");
  });

  it("with --fix-dry-run, the fixed text still goes to stdout", () => {
    const dir = project();
    const { stdout } = run(["--fix-dry-run", "--output-file", "out.txt", "-f", "compact", "jobs/ats posting.txt"], dir);
    expect(stdout).not.toContain("\t");
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toMatch(/problems? \(/);
  });

  it("a report that cannot be written is one line and exit 2", () => {
    const dir = project();
    writeFileSync(join(dir, "taken"), "a file, not a folder");
    const { status, stderr } = run(["-o", "taken/report.txt", "jobs/clean.md"], dir);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^jobpostlint: .*taken\/report\.txt: cannot write the report \((EEXIST|ENOTDIR)\)\n$/);
  });
});

describe("custom formatters", () => {
  const FORMATTER = `export default async (results, context) =>
  results.map((r) => r.filePath.split("/").pop() + " " + r.messages.length + " " + ("no-stray-tabs" in context.rulesMeta)).join("\\n");
`;

  it("loads a module by path relative to the working folder, async formatters included", () => {
    const dir = project();
    writeFileSync(join(dir, "count.mjs"), FORMATTER);
    const { status, stdout } = run(["--format", "./count.mjs", "jobs"], dir);
    expect(status).toBe(1);
    expect(stdout).toBe("ats posting.txt 45 true\nclean.md 0 true\n");
  });

  it("loads an installed package by name, as jobpostlint-formatter-NAME or NAME", () => {
    const dir = project();
    for (const name of ["jobpostlint-formatter-count", "acme-report"]) {
      const pkg = join(dir, "node_modules", name);
      mkdirSync(pkg, { recursive: true });
      writeFileSync(join(pkg, "package.json"), JSON.stringify({ name, version: "1.0.0", type: "module", exports: "./index.js" }));
      writeFileSync(join(pkg, "index.js"), FORMATTER.replace("results.map", `"${name}\\n" + results.map`));
    }
    expect(run(["-f", "count", "jobs/clean.md"], dir).stdout).toBe("jobpostlint-formatter-count\nclean.md 0 true\n");
    expect(run(["-f", "jobpostlint-formatter-count", "jobs/clean.md"], dir).stdout).toBe("jobpostlint-formatter-count\nclean.md 0 true\n");
    expect(run(["-f", "acme-report", "jobs/clean.md"], dir).stdout).toBe("acme-report\nclean.md 0 true\n");
  });

  it("a formatter that cannot be found, is not a function or throws: one line and exit 2", () => {
    const dir = project();
    writeFileSync(join(dir, "boom.mjs"), 'export default () => { throw new Error("boom\\nsecond line"); };\n');
    writeFileSync(join(dir, "nothing.mjs"), "export const x = 1;\n");
    writeFileSync(join(dir, "broken.mjs"), "export default (;\n");
    const cases: [string, RegExp][] = [
      ["./missing.mjs", /^jobpostlint: cannot find the formatter '\.\/missing\.mjs'/],
      ["no-such-format", /^jobpostlint: unknown format 'no-such-format'/],
      ["./boom.mjs", /^jobpostlint: formatter '\.\/boom\.mjs' failed: boom\n$/],
      ["./nothing.mjs", /^jobpostlint: formatter '\.\/nothing\.mjs' has no default export that is a function\n$/],
      ["./broken.mjs", /^jobpostlint: formatter '\.\/broken\.mjs' could not be loaded: /],
    ];
    for (const [format, expected] of cases) {
      const { status, stdout, stderr } = run(["-f", format, "-o", "report.txt", "jobs/clean.md"], dir);
      expect(status, format).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.split("\n")).toHaveLength(2);
      expect(stderr).toMatch(expected);
    }
    expect(existsSync(join(dir, "report.txt"))).toBe(false);
  });
});
