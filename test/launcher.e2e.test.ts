import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./helpers/e2e-postings.js";

// The launcher (src/launcher.ts) runs dist/bundle/cli.cjs from a V8 code cache
// beside it. A copy of the bundle in a folder of its own under dist/ (so that
// Node still finds the packages in node_modules above it) lets each test start
// from a known cache state without touching the real build.
let folder: string;
const example = join(root, "examples/ats-posting.txt");

function run(user: { uid?: number; gid?: number } = {}): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(folder, "jobpostlint.js"), "--format", "compact", example], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    ...user,
  });
  return { status, stdout, stderr };
}

function cacheFiles(): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".v8-cache"));
}

beforeAll(() => {
  folder = mkdtempSync(join(root, "dist/launcher-test-"));
  cpSync(join(root, "dist/bundle"), folder, { recursive: true });
  expect(readFileSync(join(folder, "cli.cjs"), "utf8")).toContain("main(");
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the code-cached launcher", () => {
  it("makes the cache on a run that finds none, and the next run gives the same output", () => {
    for (const name of cacheFiles()) rmSync(join(folder, name));
    const first = run();
    expect(first.status).toBe(1);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("no-stray-tabs");
    expect(cacheFiles()).toHaveLength(1);
    const written = statSync(join(folder, cacheFiles()[0]!)).mtimeMs;
    const second = run();
    expect(second).toEqual(first);
    // Accepted, so left as it was.
    expect(statSync(join(folder, cacheFiles()[0]!)).mtimeMs).toBe(written);
  });

  it("runs through a corrupt cache with the same output and writes a good one over it", () => {
    const good = run();
    const [name] = cacheFiles();
    expect(name).toBeDefined();
    const garbage = Buffer.from("not a V8 code cache at all".repeat(100));
    writeFileSync(join(folder, name!), garbage);
    const after = run();
    expect(after).toEqual(good);
    expect(readFileSync(join(folder, name!)).equals(garbage)).toBe(false);
    expect(run()).toEqual(good);
  });

  it("names the cache after the bundle's content, so a cache made for another build is never taken", () => {
    run();
    const hash = createHash("sha256").update(readFileSync(join(folder, "cli.cjs"))).digest("hex").slice(0, 16);
    expect(cacheFiles()).toEqual([`cli.cjs.${hash}-${process.versions.v8}-${process.arch}.v8-cache`]);
  });

  it("in a folder it cannot write to (a read-only install), runs the same and leaves nothing behind", () => {
    const good = run();
    for (const name of cacheFiles()) rmSync(join(folder, name));
    const before = readdirSync(folder).sort();
    chmodSync(folder, 0o555);
    try {
      // Root writes anywhere: run as "nobody" then, so the permission really bites.
      const r = run(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});
      expect(r).toEqual(good);
      expect(readdirSync(folder).sort()).toEqual(before);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it("leaves no temporary files behind", () => {
    run();
    expect(readdirSync(folder).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("the bundle calls no import() of its own: dynamic loads go through import-module.cjs", () => {
    const cli = readFileSync(join(folder, "cli.cjs"), "utf8");
    expect(cli).not.toMatch(/(?<![\w$.])import\s*\(/);
    expect(cli).toContain('require("./import-module.cjs")');
  });
});
