import { join } from "node:path";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { repositoryWebUrl, ruleDocsUrl, RULE_DOCS_BASE } from "../src/docs/rule-url.js";
import type { LintMessage, LintResult } from "../src/engine/messages.js";
import { compact } from "../src/formatters/compact.js";
import { lineFingerprints } from "../src/formatters/fingerprint.js";
import { escapeData, escapeProperty, github } from "../src/formatters/github.js";
import { formatterNames, getFormatter, type FormatterContext } from "../src/formatters/index.js";
import { junit } from "../src/formatters/junit.js";
import { fileUri } from "../src/formatters/paths.js";
import { sarif } from "../src/formatters/sarif.js";
import { lintText } from "../src/index.js";
import { expectValidSarif, expectWellFormedXml } from "./helpers/validators.js";

const cwd = "/work/project";
const rulesMeta = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta]));
const context: FormatterContext = { cwd, color: false, rulesMeta };

function message(partial: Partial<LintMessage>): LintMessage {
  return { ruleId: "no-stray-tabs", severity: 1, message: "Tab indentation (1 tab): remove it", line: 1, column: 1, endLine: 1, endColumn: 2, ...partial };
}

function result(filePath: string, messages: LintMessage[], source?: string): LintResult {
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(source !== undefined ? { source } : {}),
  };
}

/** Lints `text` as the file `name` in `cwd` with the recommended rules. */
function lint(name: string, text: string): LintResult {
  return lintText(text, { filePath: join(cwd, name) });
}

function sarifLog(results: LintResult[]): Sarif.Log {
  return JSON.parse(sarif(results, context)) as Sarif.Log;
}

describe("github", () => {
  it("escapes the message (%, CR, LF) and property values (also : and ,)", () => {
    expect(escapeData("100% sure\r\nnext: a,b")).toBe("100%25 sure%0D%0Anext: a,b");
    expect(escapeProperty("dir:a,b/100%.md")).toBe("dir%3Aa%2Cb/100%25.md");
    const out = github([result(join(cwd, "jobs, 2026/eng:lead.md"), [message({ line: 3, column: 5, endLine: 4, endColumn: 2, severity: 2, message: "Line one\nline 2: 50% off" })])], context);
    expect(out).toBe("::error file=jobs%2C 2026/eng%3Alead.md,line=3,endLine=4,col=5,endColumn=2,title=jobpostlint (no-stray-tabs)::Line one%0Aline 2: 50%25 off\n");
  });

  it("prints every annotation and, past GitHub's 10 errors and 10 warnings a step, a last warning counting what it drops", () => {
    const messages = [
      ...Array.from({ length: 12 }, (_, i) => message({ line: i + 1, severity: 2 })),
      ...Array.from({ length: 11 }, (_, i) => message({ line: i + 20, severity: 1 })),
    ];
    const lines = github([result(join(cwd, "a.md"), messages)], context).trimEnd().split("\n");
    expect(lines).toHaveLength(24);
    expect(lines.filter((l) => l.startsWith("::error ")).length).toBe(12);
    expect(lines.at(-1)).toMatch(/^::warning title=jobpostlint::3 more annotations than GitHub shows .*12 errors and 11 warnings in all/);
  });

  it("adds no limit warning at exactly 10 of each, and prints nothing without findings", () => {
    const messages = Array.from({ length: 20 }, (_, i) => message({ line: i + 1, severity: i < 10 ? 2 : 1 }));
    const out = github([result(join(cwd, "a.md"), messages)], context);
    expect(out.trimEnd().split("\n")).toHaveLength(20);
    expect(github([result(join(cwd, "a.md"), [])], context)).toBe("");
  });
});

describe("compact", () => {
  it("prints file:line:col: severity message [rule], one line each, and a summary", () => {
    const out = compact(
      [
        result(join(cwd, "jobs/a.md"), [message({ line: 2, column: 7, severity: 2, message: "Two\nlines" }), message({ line: 9 })]),
        result(join(cwd, "b.md"), []),
      ],
      context,
    );
    expect(out).toBe("jobs/a.md:2:7: error Two lines [no-stray-tabs]\njobs/a.md:9:1: warning Tab indentation (1 tab): remove it [no-stray-tabs]\n\n2 problems (1 error, 1 warning)\n");
    expect(compact([result(join(cwd, "b.md"), [])], context)).toBe("");
  });
});

describe("junit", () => {
  it("writes a test suite per file and a failing test case per finding, escaped", () => {
    const out = junit(
      [result(join(cwd, "R&D <jobs>.md"), [message({ severity: 2, message: `Say "it's" <b> & \u0001 it` })]), result(join(cwd, "clean.md"), [])],
      context,
    );
    expect(out).toContain('<testsuites name="jobpostlint" tests="2" failures="1" errors="0" time="0">');
    expect(out).toContain('<testsuite name="R&amp;D &lt;jobs&gt;.md" tests="1" failures="1"');
    expect(out).toContain('<failure message="Say &quot;it&apos;s&quot; &lt;b&gt; &amp; \\u0001 it" type="error">R&amp;D &lt;jobs&gt;.md:1:1: error Say "it\'s" &lt;b&gt; &amp; \\u0001 it [no-stray-tabs]</failure>');
    expect(out).toContain('<testsuite name="clean.md" tests="1" failures="0"');
    expect(out).toContain('<testcase name="clean.md" classname="clean.md" time="0"/>');
    expectWellFormedXml(out);
  });

  it("is valid XML with no results at all", () => {
    const out = junit([], context);
    expect(out).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jobpostlint" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n');
    expectWellFormedXml(out);
  });
});

describe("sarif", () => {
  const posting = "# Engineer\n\nWe build tools.\n\n## Requirements\n\n\t- Go\n";

  it("validates against the official SARIF 2.1.0 schema, findings, suppressions and notifications included", () => {
    const linted = lint("jobs/eng.md", posting);
    expect(linted.messages.some((m) => m.ruleId === "no-stray-tabs")).toBe(true);
    const suppressed = { ...result(join(cwd, "x.md"), []), suppressedMessages: [message({ suppressions: [{ kind: "directive" as const, justification: "pasted" }] })] };
    const fatal = result(join(cwd, "broken.md"), [message({ ruleId: null, fatal: true, severity: 2, message: "invalid UTF-8 at byte 12", endColumn: 1 })]);
    expectValidSarif(sarifLog([linted, suppressed, fatal]));
    expectValidSarif(sarifLog([]));
  });

  it("describes each reported rule once, as GitHub code scanning requires, and points results at it", () => {
    const log = sarifLog([lint("a.md", posting), lint("b.md", posting)]);
    const run = log.runs[0]!;
    expect(log.version).toBe("2.1.0");
    expect(run.columnKind).toBe("utf16CodeUnits");
    const rules = run.tool.driver.rules!;
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const tabs = rules.find((r) => r.id === "no-stray-tabs")!;
    expect(tabs.shortDescription!.text).toMatch(/\S/);
    expect(tabs.fullDescription!.text).toMatch(/\S/);
    expect(tabs.help!.text).toContain(`${RULE_DOCS_BASE}no-stray-tabs.md`);
    expect(tabs.helpUri).toBe("https://github.com/jobpostlint/jobpostlint/blob/main/docs/rules/no-stray-tabs.md");
    expect(tabs.defaultConfiguration!.level).toBe("warning");
    for (const r of run.results!) {
      expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      const region = r.locations![0]!.physicalLocation!.region!;
      expect(Object.keys(region).sort()).toEqual(["endColumn", "endLine", "startColumn", "startLine"]);
      expect(r.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/);
    }
  });

  it("keeps fingerprints when lines move, and tells identical lines apart by occurrence", () => {
    const before = sarifLog([lint("a.md", posting)]).runs[0]!.results!;
    const moved = posting.replace("We build tools.\n", "We build tools.\n\nWe ship weekly and test everything.\n\nWe pair often.\n");
    const after = sarifLog([lint("a.md", moved)]).runs[0]!.results!;
    const tab = (results: Sarif.Result[]) => results.find((r) => r.ruleId === "no-stray-tabs")!;
    expect(tab(after).locations![0]!.physicalLocation!.region!.startLine).toBe(tab(before).locations![0]!.physicalLocation!.region!.startLine! + 4);
    expect(tab(after).partialFingerprints).toEqual(tab(before).partialFingerprints);

    const twice = result(join(cwd, "a.md"), [message({ line: 1 }), message({ line: 3 }), message({ line: 3, column: 4 })], "\tGo\nx\n\tGo\n");
    const fingerprints = lineFingerprints(twice);
    expect(fingerprints[0]!.split(":")[0]).toBe(fingerprints[1]!.split(":")[0]);
    expect(new Set(fingerprints).size).toBe(3);
    expect(fingerprints.map((f) => f.split(":")[1])).toEqual(["1", "2", "3"]);
  });

  it("writes URIs relative to the working folder, posix and percent-encoded, and file: URIs outside it", () => {
    expect(fileUri(join(cwd, "jobs/Senior dev #1 (50%).md"), cwd)).toBe("jobs/Senior%20dev%20%231%20(50%25).md");
    expect(fileUri(join(cwd, "a:b.md"), cwd)).toBe("a%3Ab.md");
    expect(fileUri("/elsewhere/a b.md", cwd)).toBe("file:///elsewhere/a%20b.md");
    const log = sarifLog([result(join(cwd, "sub dir/x.md"), [message({})])]);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("sub%20dir/x.md");
  });

  it("reports messages without a rule as tool execution notifications, not results", () => {
    const log = sarifLog([result(join(cwd, "broken.md"), [message({ ruleId: null, fatal: true, severity: 2, message: "invalid UTF-8 at byte 12" })])]);
    const run = log.runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations![0]!.executionSuccessful).toBe(false);
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: "error", message: { text: "invalid UTF-8 at byte 12" } }),
    ]);
  });
});

describe("UTF-16 columns with an emoji before the finding", () => {
  // "🚀" is one code point but two UTF-16 code units: the trailing spaces start at column 12 (11 counting code points).
  const linted = lint("emoji.md", "# Engineer\n\n🚀 Join us.   \n");
  const finding = linted.messages.find((m) => m.ruleId === "no-trailing-whitespace")!;

  it("is what the engine reports", () => {
    expect(finding).toMatchObject({ line: 3, column: 12, endLine: 3, endColumn: 15 });
  });

  it("is what every format prints", () => {
    const region = sarifLog([linted]).runs[0]!.results!.find((r) => r.ruleId === "no-trailing-whitespace")!.locations![0]!.physicalLocation!.region;
    expect(region).toEqual({ startLine: 3, startColumn: 12, endLine: 3, endColumn: 15 });
    expect(github([linted], context)).toContain("file=emoji.md,line=3,endLine=3,col=12,endColumn=15,title=jobpostlint (no-trailing-whitespace)::");
    expect(compact([linted], context)).toContain("emoji.md:3:12: warning ");
    expect(junit([linted], context)).toContain('name="3:12 no-trailing-whitespace"');
  });
});

describe("rule documentation URLs", () => {
  it("come from package.json's repository, for built-in rules; a plugin rule needs its own", () => {
    expect(repositoryWebUrl()).toBe("https://github.com/jobpostlint/jobpostlint");
    expect(repositoryWebUrl({ name: "x", version: "1", repository: "github:acme/lint" })).toBe("https://github.com/acme/lint");
    expect(repositoryWebUrl({ name: "x", version: "1", repository: { url: "git+https://git.example.com/a/b.git" } })).toBe("https://git.example.com/a/b");
    expect(ruleDocsUrl("heading-style")).toBe(`${RULE_DOCS_BASE}heading-style.md`);
    expect(ruleDocsUrl("acme/no-foo")).toBeUndefined();
    expect(ruleDocsUrl("acme/no-foo", { docs: { url: "https://acme.example/no-foo" } })).toBe("https://acme.example/no-foo");
  });
});

describe("a file with more findings than a call takes arguments", () => {
  // 200,000 findings: stylish once spread them into Math.max() to align its columns and overflowed the call stack.
  const count = 200_000;
  const many = result(
    join(cwd, "many.md"),
    Array.from({ length: count }, (_, i) => message({ line: i + 1, endLine: i + 1 })),
  );

  it("is printed whole by every built-in formatter", async () => {
    for (const name of formatterNames) {
      const formatter = (await getFormatter(name))!;
      const out = await formatter([many], context);
      expect(out.split("Tab indentation").length - 1, name).toBeGreaterThanOrEqual(count);
    }
  });

  it("gets one stylish line per finding, aligned to the widest position", async () => {
    const out = (await (await getFormatter("stylish"))!([many], context)) as string;
    const rows = out.split("\n").filter((l) => l.includes("no-stray-tabs"));
    expect(rows).toHaveLength(count);
    expect(rows[0]).toBe(`       1:1  warning  Tab indentation (1 tab): remove it  no-stray-tabs`);
  });
});
