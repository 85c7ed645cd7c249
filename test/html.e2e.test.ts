import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { textToHtmlPage } from "./helpers/ats-html.js";
import { onlyRulesConfig } from "./helpers/only-rules.js";

const root = new URL("..", import.meta.url).pathname;
/** The installed command, as package.json names it. */
const bin = join(root, (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> }).bin.jobpostlint!);
const fixtures = join(root, "test/fixtures/html");
const example = join(root, "examples/ats-posting.txt");

interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
}

function run(args: string[], options: { cwd?: string; input?: string; node?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.node ?? []), options.node ? join(root, "dist/src/bin.js") : bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lintJson(args: string[], options: { cwd?: string; input?: string } = {}): { status: number | null; results: JsonResult[]; stderr: string } {
  const { status, stdout, stderr } = run([...args, "--format", "json"], options);
  return { status, results: JSON.parse(stdout) as JsonResult[], stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "jobpostlint-html-"));
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

beforeAll(() => {
  // `npm test` builds first; a missing binary means the test run is misconfigured, not a skip.
  expect(readFileSync(bin, "utf8").length).toBeGreaterThan(0);
});

describe("acceptance: the ATS example as an HTML page", () => {
  const rules = ["experience-contradiction", "no-duplicate-lines", "no-stray-tabs"];
  const config = onlyRulesConfig(rules);

  it("gets the text version's findings of the three headline rules on the same lines, with the same messages", () => {
    const dir = tmp();
    const page = join(dir, "ats-posting.html");
    const text = readFileSync(example, "utf8");
    writeFileSync(page, textToHtmlPage(text));
    // One source line per HTML line: the page has as many lines as the text.
    expect(readFileSync(page, "utf8").trimEnd().split("\n").length).toBe(text.trimEnd().split("\n").length);
    const [fromText] = lintJson([example, "--config", config]).results;
    const [fromHtml] = lintJson([page, "--config", config]).results;
    const shape = (r: JsonResult) => r.messages.map((m) => [m.line, m.ruleId, m.message]);
    expect(shape(fromHtml!)).toEqual(shape(fromText!));
    // The comparison has something to compare: every rule found something in the text version.
    for (const rule of rules) expect(fromText!.messages.some((m) => m.ruleId === rule)).toBe(true);
    // Stray tabs are the tabs inside the text: every line but the first and the two unindented headings.
    const tabbed = text.split("\n").flatMap((l, i) => (l.includes("\t") ? [i + 1] : []));
    expect(fromHtml!.messages.filter((m) => m.ruleId === "no-stray-tabs").map((m) => m.line)).toEqual(tabbed);
  });

  it("--fix takes the tabs out of the text nodes, and leaves the markup and the repeats across sections alone", () => {
    const dir = tmp();
    const page = join(dir, "ats-posting.html");
    writeFileSync(page, textToHtmlPage(readFileSync(example, "utf8")));
    run(["--fix", page, "--config", config]);
    const fixed = readFileSync(page, "utf8");
    expect(fixed).not.toContain("\t");
    expect(fixed).toContain("<p>Job Area: Engineering Group &gt; Systems Engineering</p>");
    expect(fixed.match(/<h3>/g)).toHaveLength(8);
    // Lines 20 and 24 repeat line 3 in other sections: a suggestion, never an automatic removal (as in the text version).
    expect(fixed.match(/<li>Bachelor's degree in Engineering, Information Systems, Computer Science, or a related field\.<\/li>/g)).toHaveLength(3);
    const again = lintJson([page, "--config", config]).results[0]!;
    expect(again.messages.filter((m) => m.fix)).toEqual([]);
  });
});

describe("acceptance: JSON-LD that contradicts the page", () => {
  const lastYear = new Date().getUTCFullYear() - 1;
  const source = readFileSync(join(fixtures, "careers-page-mismatch.html"), "utf8")
    .replace("VALID_FROM", `${lastYear}-01-10`)
    .replace("VALID_THROUGH", `${lastYear}-03-31`);

  it("gets one finding each for months of experience, base salary and validThrough, each on its property in the JSON-LD", () => {
    const dir = tmp();
    const page = join(dir, "senior-backend-engineer.html");
    writeFileSync(page, source);
    const { results, status } = lintJson([page]);
    const found = results[0]!.messages.filter((m) => m.ruleId?.startsWith("jobposting-"));
    expect(found.map((m) => [m.ruleId, m.line])).toEqual([
      ["jobposting-expired", lineOf(source, '"validThrough"')],
      ["jobposting-consistency", lineOf(source, '"baseSalary"')],
      ["jobposting-consistency", lineOf(source, '"monthsOfExperience"')],
    ]);
    expect(found[0]!.message).toBe(`validThrough ${lastYear}-03-31 has passed (as of ${new Date().toISOString().slice(0, 10)}): search engines drop expired postings; remove the page or update the date`);
    expect(found[1]!.message).toBe(`JSON-LD baseSalary 90,000–110,000 USD per year differs from the pay the text states: $120,000–$150,000 at line ${lineOf(source, "$120,000")}`);
    expect(found[2]!.message).toBe(`JSON-LD asks 24 months of experience; the text asks 5+ years at line ${lineOf(source, "5+ years")}`);
    const script = { start: lineOf(source, "<script"), end: lineOf(source, "</script>") };
    for (const m of found) expect(m.line > script.start && m.line < script.end).toBe(true);
    // Warnings only: the exit code says so.
    expect(status).toBe(results[0]!.errorCount > 0 ? 1 : 0);
  });
});

describe("acceptance: malformed HTML and JSON-LD", () => {
  it("are reported per file, and the run goes on to the next file", () => {
    const dir = tmp();
    for (const f of ["malformed-markup.html", "malformed-json-ld.html", "careers-page-complete.html"]) cpSync(join(fixtures, f), join(dir, f));
    writeFileSync(join(dir, "garbage.json"), '{{{ "@type": "JobPosting", [[ ');
    const { results, status, stderr } = lintJson([dir, join(dir, "garbage.json")]);
    const byFile = new Map(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
    expect([...byFile.keys()].sort()).toEqual(["careers-page-complete.html", "garbage.json", "malformed-json-ld.html", "malformed-markup.html"]);
    for (const messages of byFile.values()) expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(byFile.get("malformed-markup.html")!.filter((m) => m.ruleId === "valid-html").map((m) => m.message)).toEqual([
      "HTML: <div> is never closed",
      "HTML: <strong> is never closed",
      "HTML: stray end tag </span>: no element it closes is open",
      "HTML: Unexpected end of file in tag",
    ]);
    expect(byFile.get("malformed-json-ld.html")!.filter((m) => m.ruleId === "valid-json-ld").map((m) => [m.line, m.message])).toEqual([
      [10, "JSON-LD: a trailing comma before a closing bracket or brace: search engines ignore the whole block"],
      [13, 'Unknown @type "Jobposting": did you mean "JobPosting"? (types are case-sensitive)'],
    ]);
    expect(byFile.get("garbage.json")!.some((m) => m.ruleId === "valid-json-ld")).toBe(true);
    expect(byFile.get("careers-page-complete.html")).toEqual([]);
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });
});

describe("HTML and JSON-LD on the command line", () => {
  it("walks folders for .html and .htm, not .json; a .json file is linted when named or globbed", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.html"), "<p>Tips &amp; meals.</p>\n");
    writeFileSync(join(dir, "b.htm"), "<p>Tips &amp; meals.</p>\n");
    writeFileSync(join(dir, "package.json"), '{ "name": "careers-site" }\n');
    writeFileSync(join(dir, "job.json"), '{ "@context": "https://schema.org", "@type": "JobPosting", "title": "Cook" }\n');
    const names = (r: JsonResult[]) => r.map((x) => x.filePath.slice(dir.length + 1)).sort();
    expect(names(lintJson(["."], { cwd: dir }).results)).toEqual(["a.html", "b.htm"]);
    expect(names(lintJson(["job.json"], { cwd: dir }).results)).toEqual(["job.json"]);
    expect(names(lintJson(["*.json"], { cwd: dir }).results)).toEqual(["job.json", "package.json"]);
  });

  it("reads standard input as HTML when --stdin-filename says so", () => {
    const config = onlyRulesConfig(["no-stray-tabs"]);
    const { results } = lintJson(["--stdin", "--stdin-filename", "posting.html", "--config", config], { input: "<ul>\n\t<li>\tCook.</li>\n</ul>\n" });
    expect(results[0]!.messages.map((m) => [m.line, m.column, m.message])).toEqual([[2, 6, "Tab indentation (1 tab): remove it"]]);
  });

  it("fixes an ATS fragment without touching its markup or references", () => {
    const dir = tmp();
    const file = join(dir, "greenhouse.html");
    cpSync(join(fixtures, "greenhouse-content.html"), file);
    const before = readFileSync(file, "utf8");
    run(["--fix", file]);
    const after = readFileSync(file, "utf8");
    expect(after).toBe(before.replace("<li>\tExperience", "<li>Experience").replace("<li>Strong TypeScript and testing skills (Jest, Playwright).</li>\n</ul>", "</ul>"));
  });

  /** The module URLs a run over `file` resolves, seen through a resolve hook. */
  function loadedModules(file: string): string[] {
    const hooks = join(tmp(), "hooks.mjs");
    writeFileSync(hooks, 'export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n');
    const register = join(tmp(), "register.mjs");
    writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    return run([file], { node: ["--import", register] }).stderr.split("\n").filter((l) => l.startsWith("LOADED "));
  }

  it("loads the HTML reader (parse5) only for a run that has HTML or JSON-LD to read", () => {
    const text = loadedModules(example);
    expect(text.length).toBeGreaterThan(10);
    expect(text.filter((l) => /parse5|hast-util|html-reader|json-reader/.test(l))).toEqual([]);
    expect(loadedModules(join(fixtures, "greenhouse-content.html")).some((l) => l.includes("/parse5/"))).toBe(true);
  });

  it("loads the Markdown reader (micromark) only for a run that has Markdown to read", () => {
    const markdown = join(tmp(), "posting.md");
    writeFileSync(markdown, "# Cook\n\n## Requirements\n\n- Two years in a kitchen.\n");
    expect(loadedModules(example).filter((l) => /micromark|remark-parse|mdast-util-from-markdown/.test(l))).toEqual([]);
    expect(loadedModules(markdown).some((l) => l.includes("/micromark/"))).toBe(true);
  });
});
