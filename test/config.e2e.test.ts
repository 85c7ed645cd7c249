import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "dist/bundle/jobpostlint.js");

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; severity: number; message: string }[];
}

function run(args: string[], cwd: string, input = "") {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A throw-away project: files by relative path (a package.json at its root makes it a project root). */
function project(files: Record<string, string>, withPackageJson = true): string {
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-config-"));
  if (withPackageJson) writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "postings", private: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * "rule:severity" for each file, from `--format json`: the findings of no-stray-tabs
 * (the rule these tests configure) and of plugin rules; other built-in rules may
 * report on the test texts too and are not what is tested here.
 */
function findings(args: string[], cwd: string): Record<string, string[]> {
  const { stdout, stderr } = run([...args, "--format", "json"], cwd);
  if (!stdout) throw new Error(stderr);
  const out: Record<string, string[]> = {};
  for (const r of JSON.parse(stdout) as JsonResult[]) {
    out[r.filePath.slice(cwd.length + 1)] = r.messages
      .filter((m) => m.ruleId === "no-stray-tabs" || m.ruleId === null || m.ruleId.includes("/"))
      .map((m) => `${m.ruleId}:${m.severity}`);
  }
  return out;
}

const TAB = "Line\twith a tab.\n";

describe("configuration discovery", () => {
  const formats: [string, string][] = [
    ["package.json", JSON.stringify({ name: "x", jobpostlint: { rules: { "no-stray-tabs": "error" } } })],
    [".jobpostlintrc", '{ "rules": { "no-stray-tabs": "error" } }'],
    [".jobpostlintrc", "rules:\n  no-stray-tabs: error\n"],
    [".jobpostlintrc.json", '{ "rules": { "no-stray-tabs": "error" } }'],
    [".jobpostlintrc.jsonc", '{\n  // house style\n  "rules": { "no-stray-tabs": "error", },\n}'],
    [".jobpostlintrc.yaml", "rules:\n  no-stray-tabs: error\n"],
    [".jobpostlintrc.yml", "rules:\n  no-stray-tabs: 2\n"],
    [".jobpostlintrc.js", 'module.exports = { rules: { "no-stray-tabs": "error" } };'],
    [".jobpostlintrc.cjs", 'module.exports = { rules: { "no-stray-tabs": "error" } };'],
    [".jobpostlintrc.mjs", 'export default { rules: { "no-stray-tabs": "error" } };'],
    ["jobpostlint.config.js", 'module.exports = { rules: { "no-stray-tabs": ["error"] } };'],
    ["jobpostlint.config.cjs", 'module.exports = { rules: { "no-stray-tabs": "error" } };'],
    ["jobpostlint.config.mjs", 'export default { rules: { "no-stray-tabs": "error" } };'],
  ];
  for (const [name, content] of formats) {
    it(`reads ${name}${name === ".jobpostlintrc" ? (content.startsWith("{") ? " (JSON)" : " (YAML)") : ""}`, () => {
      const dir = project({ "jobs/a.txt": TAB }, false);
      writeFileSync(join(dir, name), content);
      expect(findings(["jobs"], dir)).toEqual({ "jobs/a.txt": ["no-stray-tabs:2"] });
    });
  }

  it("merges a nested folder's config over its parent's, up to the project root", () => {
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({ rules: { "no-stray-tabs": "error" } }),
      "jobs/eng/.jobpostlintrc.yaml": "rules:\n  no-stray-tabs: warn\n",
      "jobs/a.txt": TAB,
      "jobs/eng/b.txt": TAB,
    });
    expect(findings(["jobs"], dir)).toEqual({ "jobs/a.txt": ["no-stray-tabs:2"], "jobs/eng/b.txt": ["no-stray-tabs:1"] });
  });

  it("stops at a config with root: true, and at the project root", () => {
    const outer = project({ ".jobpostlintrc.json": JSON.stringify({ rules: { "no-stray-tabs": "off" } }) }, false);
    const inner = join(outer, "repo");
    mkdirSync(join(inner, "jobs/eng"), { recursive: true });
    writeFileSync(join(inner, "package.json"), "{}");
    writeFileSync(join(inner, "jobs/a.txt"), TAB);
    // The outer config lies beyond the project root (repo/package.json): it does not apply.
    expect(findings(["jobs"], inner)).toEqual({ "jobs/a.txt": ["no-stray-tabs:1"] });
    writeFileSync(join(inner, ".jobpostlintrc.json"), JSON.stringify({ rules: { "no-stray-tabs": "off" } }));
    writeFileSync(join(inner, "jobs/eng/.jobpostlintrc.json"), JSON.stringify({ root: true }));
    writeFileSync(join(inner, "jobs/eng/b.txt"), TAB);
    expect(findings(["jobs"], inner)).toEqual({ "jobs/a.txt": [], "jobs/eng/b.txt": ["no-stray-tabs:1"] });
  });

  it("applies overrides by glob, minus excludedFiles", () => {
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({
        overrides: [{ files: ["drafts/**"], excludedFiles: "drafts/ready/**", rules: { "no-stray-tabs": "off" } }],
      }),
      "drafts/a.txt": TAB,
      "drafts/ready/b.txt": TAB,
      "live/c.txt": TAB,
    });
    expect(findings(["."], dir)).toEqual({ "drafts/a.txt": [], "drafts/ready/b.txt": ["no-stray-tabs:1"], "live/c.txt": ["no-stray-tabs:1"] });
  });

  it("looks up configuration for standard input by --stdin-filename", () => {
    const dir = project({ "jobs/.jobpostlintrc.json": JSON.stringify({ rules: { "no-stray-tabs": "error" } }) });
    const { stdout } = run(["--stdin", "--stdin-filename", "jobs/new.txt", "--format", "json"], dir, TAB);
    const tabs = (JSON.parse(stdout) as JsonResult[])[0]!.messages.filter((m) => m.ruleId === "no-stray-tabs");
    expect(tabs.map((m) => m.severity)).toEqual([2]);
  });

  it("--config uses one file and no lookup; --no-config-lookup uses none", () => {
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({ rules: { "no-stray-tabs": "off" } }),
      "other.yaml": "rules:\n  no-stray-tabs: error\n",
      "a.txt": TAB,
    });
    expect(findings(["a.txt"], dir)).toEqual({ "a.txt": [] });
    expect(findings(["a.txt", "--config", "other.yaml"], dir)).toEqual({ "a.txt": ["no-stray-tabs:2"] });
    expect(findings(["a.txt", "--no-config-lookup"], dir)).toEqual({ "a.txt": ["no-stray-tabs:1"] });
  });

  it("extends presets, relative files and shared packages", () => {
    const dir = project({
      "base.json": JSON.stringify({ rules: { "no-stray-tabs": "error" } }),
      "node_modules/@acme/jobpostlint-config/package.json": JSON.stringify({ name: "@acme/jobpostlint-config", exports: "./config.json" }),
      "node_modules/@acme/jobpostlint-config/config.json": JSON.stringify({ rules: { "no-stray-tabs": "off" } }),
      "a/.jobpostlintrc.json": JSON.stringify({ extends: ["jobpostlint:recommended", "../base.json"] }),
      "a/x.txt": TAB,
      "b/.jobpostlintrc.json": JSON.stringify({ extends: "@acme/jobpostlint-config" }),
      "b/x.txt": TAB,
    });
    expect(findings(["a", "b"], dir)).toEqual({ "a/x.txt": ["no-stray-tabs:2"], "b/x.txt": [] });
  });
});

describe("plugins", () => {
  const plugin = join(root, "examples/plugin");

  it("loads a plugin by package name from the config's node_modules, with its preset", () => {
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({ plugins: ["example"], extends: ["plugin:example/recommended"] }),
      "a.txt": "Join us!\n",
    });
    cpSync(plugin, join(dir, "node_modules/jobpostlint-plugin-example"), { recursive: true });
    expect(findings(["a.txt"], dir)).toEqual({ "a.txt": ["example/require-team:2", "example/no-exclamation-marks:1"] });
    run(["--fix", "a.txt"], dir);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("Join us.\n");
  });

  it("loads a plugin by relative path and validates its rule options", () => {
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({
        plugins: ["./tools/plugin/index.js"],
        rules: { "example/require-team": ["error", { key: "Hiring team" }] },
      }),
      "a.txt": "Hiring team: Payments\n",
      "b/.jobpostlintrc.json": JSON.stringify({ rules: { "example/require-team": ["error", { key: 3 }] } }),
      "b/x.txt": "x\n",
    });
    cpSync(plugin, join(dir, "tools/plugin"), { recursive: true });
    expect(findings(["a.txt"], dir)).toEqual({ "a.txt": [] });
    const bad = run(["b/x.txt"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/b\/\.jobpostlintrc\.json: rule 'example\/require-team': key must be string$/);
  });

  it("reports a plugin that cannot be found or throws while loading", () => {
    const missing = project({ ".jobpostlintrc.json": JSON.stringify({ plugins: ["nowhere"] }), "a.txt": "x\n" });
    const r1 = run(["a.txt"], missing);
    expect(r1.status).toBe(2);
    expect(r1.stderr.trim().split("\n")).toHaveLength(1);
    expect(r1.stderr).toMatch(/plugin 'nowhere' not found \(tried jobpostlint-plugin-nowhere, nowhere/);
    const throwing = project({ ".jobpostlintrc.json": JSON.stringify({ plugins: ["./bad.mjs"] }), "bad.mjs": "throw new Error('boom');\n", "a.txt": "x\n" });
    const r2 = run(["a.txt"], throwing);
    expect(r2.status).toBe(2);
    expect(r2.stderr.trim()).toMatch(/plugin '\.\/bad\.mjs' failed to load: boom$/);
  });

  it("reports, in one line naming the plugin and rule, a rule without meta.recommended or a finding without a string message", () => {
    const rule = (meta: string, body: string) => `export default { rules: { r: { meta: ${meta}, create(context) { ${body} } } } };\n`;
    const noSeverity = project({ ".jobpostlintrc.json": JSON.stringify({ plugins: ["./p.mjs"] }), "p.mjs": rule("{}", ""), "a.txt": "x\n" });
    const r1 = run(["a.txt"], noSeverity);
    expect(r1.status).toBe(2);
    expect(r1.stderr.trim().split("\n")).toHaveLength(1);
    expect(r1.stderr).toMatch(/plugin '\.\/p\.mjs' failed to load: rule 'r' has no meta\.recommended/);
    const meta = `{ id: "r", description: "", category: "structure", recommended: "warn", examples: { valid: [], invalid: [] } }`;
    const noMessage = project({ ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./p.mjs" } }), "p.mjs": rule(meta, "context.report({ loc: { line: 1 } });"), "a.txt": "A\ttab.\n" });
    const r2 = run(["a.txt", "--format", "stylish"], noMessage);
    expect(r2.status).toBe(2);
    expect(r2.stderr.trim()).toMatch(/a\.txt: rule 'house\/r' failed: rule 'house\/r' reported a finding without a string message$/);
    // The report is not lost: the other rules' findings are printed.
    expect(r2.stdout).toContain("no-stray-tabs");
  });

  it("a plugin's timer that throws after its rule returned (in the main thread, --plugin-timeout 0): one line, exit 2", () => {
    const meta = `{ id: "r", description: "", category: "structure", recommended: "warn", examples: { valid: [], invalid: [] } }`;
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./p.mjs" } }),
      "p.mjs": `export default { rules: { r: { meta: ${meta}, create() { setTimeout(() => { throw new Error("async boom"); }, 0); } } } };\n`,
      "a.txt": "Title\n",
    });
    const r = run(["a.txt", "--plugin-timeout", "0"], dir);
    expect(r.stderr).toBe("jobpostlint: uncaught error: async boom\n");
    expect(r.status).toBe(2);
  });

  it("a broken package.json in the working folder is one line naming it, not an internal error", () => {
    const dir = project({ "package.json": '{"name": "x",}\n', "sub/.jobpostlintrc.json": "{}\n", "sub/a.txt": "x\n" });
    const r = run(["sub/a.txt"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/package\.json/);
    expect(r.stderr).not.toMatch(/internal error|\| /);
  });

  it("names the rule and file when a rule throws, keeps the other rules' findings, and still lints the other files", () => {
    const dir = project({
      "crash.mjs": `export default { rules: { crash: { meta: { id: "crash", description: "", category: "structure", recommended: "error", examples: { valid: [], invalid: [] } }, create(context) { if (context.posting.text.includes("boom")) throw new Error("kaboom"); } } } };\n`,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./crash.mjs" }, rules: { "house/crash": "error" } }),
      "a.txt": "boom\twith a tab\n",
      "b.txt": "Line\twith a tab.\n",
    });
    const { status, stdout, stderr } = run(["a.txt", "b.txt", "--format", "json"], dir);
    expect(status).toBe(2);
    expect(stderr.trim()).toMatch(/a\.txt: rule 'house\/crash' failed: kaboom$/);
    const results = JSON.parse(stdout) as JsonResult[];
    const ids = (r: JsonResult) => r.messages.map((m) => m.ruleId).filter((id) => id === "no-stray-tabs" || id?.includes("/"));
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), ids(r)])).toEqual([
      ["a.txt", ["house/crash", "no-stray-tabs"]],
      ["b.txt", ["no-stray-tabs"]],
    ]);
  });
});

describe("plugin isolation", () => {
  const hangingPlugin = `export default { rules: {
    hang: { meta: { id: "hang", description: "", category: "structure", recommended: "error", examples: { valid: [], invalid: [] } },
      create(context) { if (context.posting.text.includes("loop")) for (;;) {} } },
    shout: { meta: { id: "shout", description: "", category: "language", recommended: "warn", examples: { valid: [], invalid: [] } },
      create(context) { if (context.posting.text.includes("!")) context.report({ message: "bang", loc: { line: 1 } }); } },
  } };\n`;

  it("stops a plugin rule that never returns, names it and the file, keeps the other findings, and lints the other files", () => {
    const dir = project({
      "hang.mjs": hangingPlugin,
      ".jobpostlintrc.json": JSON.stringify({ plugins: { house: "./hang.mjs" }, rules: { "house/hang": "error", "house/shout": "warn" } }),
      "a.txt": "loop forever!\twith a tab\n",
      "b.txt": "fine!\n",
    });
    const { status, stdout, stderr } = run(["a.txt", "b.txt", "--format", "json", "--plugin-timeout", "1500"], dir);
    expect(status).toBe(2);
    expect(stderr.trim()).toMatch(/a\.txt: rule 'house\/hang' did not finish within 1500 ms and was stopped$/);
    const results = JSON.parse(stdout) as JsonResult[];
    const ids = (r: JsonResult) => r.messages.map((m) => m.ruleId).filter((id) => id === "no-stray-tabs" || id?.includes("/"));
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), ids(r)])).toEqual([
      ["a.txt", ["house/hang", "house/shout", "no-stray-tabs"]],
      ["b.txt", ["house/shout"]],
    ]);
  });
});

describe("configuration errors: one line naming the file, exit 2", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ["YAML that does not parse", { ".jobpostlintrc.yaml": "rules:\n  no-stray-tabs: warn\n bad: [\n" }, /\.jobpostlintrc\.yaml:3: invalid YAML/],
    ["JSON that does not parse", { ".jobpostlintrc.json": '{ "rules": { "no-stray-tabs": "warn" }\n' }, /\.jobpostlintrc\.json:2:1: invalid JSON/],
    ["an unknown rule, with a did-you-mean", { ".jobpostlintrc.json": '{ "rules": { "no-stray-tab": "off" } }' }, /unknown rule 'no-stray-tab' \(did you mean 'no-stray-tabs'\?\)/],
    ["a bad severity", { ".jobpostlintrc.json": '{ "rules": { "no-stray-tabs": "loud" } }' }, /rule 'no-stray-tabs': invalid severity "loud"/],
    ["options for a rule that takes none", { ".jobpostlintrc.json": '{ "rules": { "no-stray-tabs": ["warn", { "x": 1 }] } }' }, /rule 'no-stray-tabs' takes no options/],
    ["an unknown key", { ".jobpostlintrc.json": '{ "rule": {} }' }, /unknown configuration key 'rule' \(did you mean 'rules'\?\)/],
    [
      "an unknown key in overrides (it was ignored, and the override's rules with it)",
      { ".jobpostlintrc.json": '{ "overrides": [{ "files": ["*.txt"], "rulez": { "no-stray-tabs": "off" } }] }' },
      /\.jobpostlintrc\.json: unknown configuration key 'overrides\[0\]\.rulez' \(did you mean 'overrides\[0\]\.rules'\?\)/,
    ],
    ["null options (the message named no file)", { ".jobpostlintrc.json": '{ "rules": { "no-stray-tabs": ["warn", null] } }' }, /\.jobpostlintrc\.json: rule 'no-stray-tabs': options must be an object/],
    ["a rule entry of three items (the third was ignored)", { ".jobpostlintrc.json": '{ "rules": { "no-stray-tabs": ["warn", {}, {}] } }' }, /rule 'no-stray-tabs': takes \[severity, options\], not 3 entries/],
    // Node gives an ES module's syntax error no line, and cosmiconfig's require() fallback buried it under "Cannot require() ES Module".
    ["an ES module config that does not parse", { "jobpostlint.config.mjs": 'export default {\n  rules: {\n    "no-stray-tabs" "off"\n  },\n};\n' }, /jobpostlint\.config\.mjs: SyntaxError at line 3: /],
    ["a CommonJS config that does not parse", { "jobpostlint.config.cjs": "module.exports = {\n  rules: {\n" }, /jobpostlint\.config\.cjs: SyntaxError at line \d+: Unexpected end of input/],
    ["a config module that throws", { "jobpostlint.config.mjs": "export default { rules: {} };\nundefinedFunction();\n" }, /jobpostlint\.config\.mjs: ReferenceError: undefinedFunction is not defined\n/],
    ["a plugin that does not parse", { ".jobpostlintrc.json": '{ "plugins": ["./p.mjs"] }', "p.mjs": "export default {\n  rules: {\n    r: {,\n" }, /plugin '\.\/p\.mjs' failed to load: SyntaxError at line 3: Unexpected token ','/],
  ];
  for (const [name, files, pattern] of cases) {
    it(name, () => {
      const dir = project({ ...files, "a.txt": "x\n" });
      const { status, stderr } = run(["a.txt"], dir);
      expect(status).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(pattern);
      expect(stderr).toContain(dir);
    });
  }
});

describe("ignoring files", () => {
  it("honours .jobpostlintignore and config ignores, warns about an ignored file named explicitly", () => {
    const dir = project({
      ".jobpostlintignore": "# old postings\narchive/\n",
      ".jobpostlintrc.json": JSON.stringify({ ignores: ["drafts/**"] }),
      "archive/old.txt": TAB,
      "drafts/d.txt": TAB,
      "live/l.txt": TAB,
    });
    expect(findings(["."], dir)).toEqual({ "live/l.txt": ["no-stray-tabs:1"] });
    const named = JSON.parse(run(["archive/old.txt", "--format", "json"], dir).stdout) as JsonResult[];
    expect(named[0]!.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [null, 1, 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.'],
    ]);
    expect(Object.keys(findings([".", "--no-ignore"], dir)).sort()).toEqual(["archive/old.txt", "drafts/d.txt", "live/l.txt"]);
  });

  it("reads --ignore-path", () => {
    const dir = project({ "custom-ignore": "skip.txt\n", "skip.txt": TAB, "keep.txt": TAB });
    expect(findings([".", "--ignore-path", "custom-ignore"], dir)).toEqual({ "keep.txt": ["no-stray-tabs:1"] });
  });
});

describe("config commands", () => {
  it("--print-config shows the merged configuration for a file", () => {
    const dir = project({
      ".jobpostlintrc.json": JSON.stringify({ rules: { "no-stray-tabs": "error" }, settings: { locale: "en-US" } }),
      "drafts/.jobpostlintrc.yaml": "rules:\n  no-stray-tabs: off\n",
    });
    const printed = JSON.parse(run(["--print-config", "drafts/x.txt"], dir).stdout) as { sources: string[]; rules: Record<string, unknown>; settings: unknown };
    expect(printed.sources).toEqual([join(dir, ".jobpostlintrc.json"), join(dir, "drafts/.jobpostlintrc.yaml")]);
    expect(printed.rules["no-stray-tabs"]).toBeUndefined();
    expect(printed.settings).toEqual({ locale: "en-US" });
    const top = JSON.parse(run(["--print-config", "x.txt"], dir).stdout) as { rules: Record<string, unknown> };
    expect(top.rules["no-stray-tabs"]).toEqual(["error", {}]);
  });

  it("--init writes a starter config and refuses to overwrite", () => {
    const dir = project({});
    expect(run(["--init"], dir).status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, ".jobpostlintrc.json"), "utf8")) as { extends: string[] };
    expect(written.extends).toEqual(["jobpostlint:recommended"]);
    const again = run(["--init"], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; not overwritten/);
  });

  it("--list-rules lists every rule, as text and as JSON", () => {
    const dir = project({});
    const text = run(["--list-rules"], dir).stdout;
    expect(text).toMatch(/^no-stray-tabs\s+formatting\s+warn\s+fix\s+Tabs in prose/m);
    const json = JSON.parse(run(["--list-rules", "--format", "json"], dir).stdout) as { id: string; fixable: boolean }[];
    expect(json.find((r) => r.id === "no-stray-tabs")).toMatchObject({ fixable: true, recommended: "warn", category: "formatting" });
  });

  it(".jobpostlintrc.example loads without error, by --config and as a discovered file", () => {
    const example = join(root, ".jobpostlintrc.example");
    const dir = project({ "a.txt": "Plain line.\n" });
    const direct = run(["a.txt", "--config", example], dir);
    expect(direct.stderr).toBe("");
    expect([0, 1]).toContain(direct.status);
    cpSync(example, join(dir, ".jobpostlintrc.yaml"));
    const found = run(["a.txt"], dir);
    expect(found.stderr).toBe("");
    expect(existsSync(join(dir, ".jobpostlintrc.yaml"))).toBe(true);
  });
});

describe("the ATS example with a configuration beside it", () => {
  const ats = readFileSync(join(root, "examples/ats-posting.txt"), "utf8");

  it('{ "rules": { "no-stray-tabs": "off" } } turns the tab findings off', () => {
    const dir = project({ ".jobpostlintrc.json": JSON.stringify({ rules: { "no-stray-tabs": "off" } }), "ats-posting.txt": ats });
    const result = findings(["ats-posting.txt"], dir);
    expect(result["ats-posting.txt"]!.some((f) => f.startsWith("no-stray-tabs"))).toBe(false);
    expect(findings(["ats-posting.txt", "--no-config-lookup"], dir)["ats-posting.txt"]!.some((f) => f.startsWith("no-stray-tabs"))).toBe(true);
  });

  it('heading-style: ["error", { "case": "upper" }] flags every heading and --fix upper-cases them', () => {
    const dir = project({ ".jobpostlintrc.json": JSON.stringify({ rules: { "heading-style": ["error", { case: "upper" }] } }), "ats-posting.txt": ats });
    const { stdout } = run(["ats-posting.txt", "--format", "json"], dir);
    const headingLines = (JSON.parse(stdout) as JsonResult[])[0]!.messages.filter((m) => m.ruleId === "heading-style").map((m) => m.line);
    expect(headingLines).toEqual([2, 6, 19, 23, 27, 29, 31, 33]);
    run(["--fix", "ats-posting.txt"], dir);
    const fixed = readFileSync(join(dir, "ats-posting.txt"), "utf8").split("\n");
    for (const line of [2, 6, 19, 23, 27, 29, 31, 33]) {
      const text = fixed[line - 1]!.trim();
      expect(text).toBe(text.toUpperCase());
      expect(text.length).toBeGreaterThan(3);
    }
    expect(fixed[1]!.trim()).toBe("GENERAL SUMMARY");
  });
});
