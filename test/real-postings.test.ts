import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { endings, isSubsequence, wordsOf } from "./helpers/text-checks.js";
import { applyFixes } from "../src/engine/fix.js";
import { decode } from "../src/io/decode.js";
import { fixText, lintText } from "../src/index.js";

/** ../shared/corpora: hundreds of real postings (careers-site sources, peer tools' fixtures), unlabelled. */
const corpora = new URL("../../shared/corpora/", import.meta.url).pathname;

function postings(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? postings(join(dir, e.name)) : /\.(md|txt)$/.test(e.name) && e.name !== "SOURCE.txt" ? [join(dir, e.name)] : [],
  );
}




describe("real postings: lint and fix every file of ../shared/corpora", () => {
  it("finds the corpora (the shared folder sits beside the project)", () => {
    expect(existsSync(corpora)).toBe(true);
    expect(postings(corpora).length).toBeGreaterThan(200);
  });

  for (const file of existsSync(corpora) ? postings(corpora) : []) {
    it(relative(corpora, file), () => {
      const { text } = decode(readFileSync(file));
      const linted = lintText(text, { filePath: file });
      expect(linted.messages.filter((m) => m.fatal)).toEqual([]);
      // (a) one pass changes only the ranges of the fixes it applies
      const body = text.replace(/^\uFEFF/, "");
      const pass = applyFixes(body, linted.messages);
      const used = linted.messages.filter((m) => m.fix && !pass.remaining.includes(m)).map((m) => m.fix!).sort((x, y) => x.range[0] - y.range[0]);
      let rebuilt = "";
      let at = 0;
      for (const f of used) {
        rebuilt += body.slice(at, f.range[0]) + f.text;
        at = f.range[1];
      }
      expect(pass.output).toBe(rebuilt + body.slice(at));
      const once = fixText(text, { filePath: file });
      // (b) idempotent, (c) nothing fixable left unless a cycle was reported, (e) BOM and line endings kept
      expect(fixText(once.output, { filePath: file }).output).toBe(once.output);
      if (!once.warning) expect(once.messages.filter((m) => m.fix).map((m) => `${m.ruleId}@${m.line}`)).toEqual([]);
      expect(once.output.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
      expect(isSubsequence(endings(once.output), endings(text))).toBe(true);
      // (d) words survive in order, apart from removed repeats and duplicates; mojibake repair rewrites words, so compare only when there is none
      if (!linted.messages.some((m) => m.ruleId === "no-mojibake")) expect(isSubsequence(wordsOf(once.output), wordsOf(text))).toBe(true);
    });
  }
});
