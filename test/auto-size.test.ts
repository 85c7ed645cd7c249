import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUTO_POOL_MIN_WORK, autoWorkerCount, estimatedWork } from "../src/workers/auto-size.js";

const dir = mkdtempSync(join(tmpdir(), "jobpostlint-auto-size-"));
function file(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, "x".repeat(bytes));
  return path;
}

describe("--concurrency auto: workers only for a run big enough to pay for them", () => {
  const kb = 1024;
  const markdown = Array.from({ length: 10 }, (_, i) => file(`p${i}.md`, 1000 * kb)); // 10,000 KB
  const text = Array.from({ length: 10 }, (_, i) => file(`p${i}.txt`, 1000 * kb));
  const small = Array.from({ length: 100 }, (_, i) => file(`s${i}.md`, 3 * kb)); // 300 KB

  it("counts the bytes of every file, whatever its format", () => {
    expect(estimatedWork(markdown, Infinity)).toBe(10000 * kb);
    expect(estimatedWork(text, Infinity)).toBe(10000 * kb);
    expect(estimatedWork([file("page.html", 10 * kb), file("no-extension", 10 * kb)], Infinity)).toBe(20 * kb);
  });

  it("stops adding once it has enough, and counts a file it cannot stat as nothing", () => {
    expect(estimatedWork(markdown)).toBeGreaterThanOrEqual(AUTO_POOL_MIN_WORK);
    expect(estimatedWork(markdown)).toBeLessThan(estimatedWork(markdown, Infinity));
    expect(estimatedWork([join(dir, "missing.md"), markdown[0]!], Infinity)).toBe(1000 * kb);
  });

  it("starts one worker per core for a big run, none for a small one or on one core", () => {
    expect(autoWorkerCount(markdown, 2)).toBe(2);
    expect(autoWorkerCount(markdown, 4)).toBe(4);
    expect(autoWorkerCount(markdown.slice(0, 3), 8)).toBe(0); // 3,000 KB
    expect(autoWorkerCount(small, 8)).toBe(0);
    expect(autoWorkerCount(text, 4)).toBe(4);
    expect(autoWorkerCount([...text.slice(0, 5), ...markdown.slice(0, 4)], 4)).toBe(4); // 9,000 KB
    expect(autoWorkerCount([...text.slice(0, 4), ...markdown.slice(0, 3)], 4)).toBe(0); // 7,000 KB
    expect(autoWorkerCount(markdown, 1)).toBe(0);
    expect(autoWorkerCount([file("huge.md", AUTO_POOL_MIN_WORK)], 4)).toBe(0); // one file: nothing to share
  });

  it("never starts more workers than there are files", () => {
    const two = [file("a.md", AUTO_POOL_MIN_WORK), file("b.md", 1)];
    expect(autoWorkerCount(two, 16)).toBe(2);
  });
});
