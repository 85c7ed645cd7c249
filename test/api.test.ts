import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigFileError, fixText, lintFiles, lintText, outputFixes } from "../src/index.js";

describe("programmatic API", () => {
  it("lintText returns ESLint-shaped results and takes the format from filePath", () => {
    const result = lintText("Role\n\tTabbed line.\n", { filePath: "a.txt", base: "none", rules: { "no-stray-tabs": "error" } });
    expect(result).toMatchObject({ filePath: "a.txt", errorCount: 1, warningCount: 0, fixableErrorCount: 1 });
    expect(result.messages[0]).toMatchObject({ ruleId: "no-stray-tabs", line: 2, column: 1, severity: 2, fix: { range: [5, 6], text: "" } });
  });

  it("fixText fixes and reports what is left", () => {
    expect(fixText("\tA line.\n", { base: "none", rules: { "no-stray-tabs": "warn" } })).toEqual({ output: "A line.\n", fixed: true, messages: [] });
  });

  it("refuses options that fail a rule's schema", () => {
    expect(() => lintText("x", { rules: { "no-stray-tabs": ["warn", { nope: true }] } })).toThrow(ConfigFileError);
  });

  it("lintFiles applies configuration files and reports unreadable files as fatal results", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jobpostlint-api-"));
    writeFileSync(join(dir, "package.json"), "{}");
    writeFileSync(join(dir, ".jobpostlintrc.json"), JSON.stringify({ rules: { "no-stray-tabs": "error" } }));
    writeFileSync(join(dir, "a.txt"), "A\tB\n");
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0xc3, 0x28]));
    const results = await lintFiles(["a.txt", "bad.txt"], { cwd: dir, fix: true });
    // After fixing, a.txt has nothing left; bad.txt is one fatal error.
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.errorCount])).toEqual([
      ["a.txt", 0],
      ["bad.txt", 1],
    ]);
    expect(results[1]!.messages[0]).toMatchObject({ fatal: true, message: `${join(dir, "bad.txt")}: invalid UTF-8 at byte offset 0` });
    await outputFixes(results);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("A B\n");
  });
});
