import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandPatterns } from "../src/io/files.js";
import { readSourceFile } from "../src/io/read.js";
import { writeFixedFile } from "../src/io/write.js";
import { onlyRulesConfig } from "./helpers/only-rules.js";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "dist/bundle/jobpostlint.js");
const tabsOnly = onlyRulesConfig(["no-stray-tabs"]);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; fatal?: boolean }[];
}

function run(args: string[], options: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    maxBuffer: 256 << 20,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-io-"));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

// Some folders hold 130,000 files: leave none behind on a shared machine.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("atomic writes", () => {
  it("writes through a symlink to its target and keeps the link", () => {
    const dir = tmp();
    writeFileSync(join(dir, "real.txt"), "\tTabbed.\n");
    symlinkSync("real.txt", join(dir, "link.txt"));
    run(["--fix", "link.txt", "--config", tabsOnly], { cwd: dir });
    expect(readFileSync(join(dir, "real.txt"), "utf8")).toBe("Tabbed.\n");
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
  });

  it("keeps hard links: a file with two names is fixed in place, and both names see the fix", () => {
    const dir = tmp();
    writeFileSync(join(dir, "posting.txt"), "\tTabbed.\n");
    linkSync(join(dir, "posting.txt"), join(dir, "copy.txt"));
    const inode = statSync(join(dir, "posting.txt")).ino;
    run(["--fix", "posting.txt", "--config", tabsOnly], { cwd: dir });
    expect(readFileSync(join(dir, "copy.txt"), "utf8")).toBe("Tabbed.\n");
    expect(statSync(join(dir, "posting.txt")).ino).toBe(inode);
    expect(statSync(join(dir, "posting.txt")).nlink).toBe(2);
  });

  it("keeps the owner: someone else's file in a shared folder is fixed in place, one the user may give away atomically", () => {
    const dir = tmp();
    const asRoot = process.getuid?.() === 0;
    chmodSync(dir, 0o777);
    const shared = join(dir, "shared.txt");
    const given = join(dir, "given.txt");
    for (const f of [shared, given]) {
      writeFileSync(f, "\tTabbed.\n");
      chmodSync(f, 0o666);
    }
    // Root may hand the temporary file to another owner; anyone else fixes root's file in place.
    if (asRoot) chownSync(given, 65534, 65534);
    const before = { shared: statSync(shared), given: statSync(given) };
    run(["--fix", "shared.txt", "--config", tabsOnly], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    run(["--fix", "given.txt", "--config", tabsOnly], { cwd: dir });
    for (const [f, was] of [[shared, before.shared], [given, before.given]] as const) {
      expect(readFileSync(f, "utf8")).toBe("Tabbed.\n");
      expect([statSync(f).uid, statSync(f).gid, statSync(f).mode]).toEqual([was.uid, was.gid, was.mode]);
    }
    if (asRoot) expect(statSync(shared).ino).toBe(before.shared.ino);
  });

  it("does not touch a file whose text does not change", () => {
    const dir = tmp();
    const f = join(dir, "clean.txt");
    writeFileSync(f, "A clean line.\n");
    const past = new Date("2020-01-01T00:00:00Z");
    utimesSync(f, past, past);
    run(["--fix", f, "--config", tabsOnly]);
    expect(statSync(f).mtime.getTime()).toBe(past.getTime());
  });

  it("refuses to overwrite a file that changed on disk after it was read", async () => {
    const dir = tmp();
    const f = join(dir, "busy.txt");
    writeFileSync(f, "\tfirst version\n");
    const source = await readSourceFile(f);
    writeFileSync(f, "\tsecond version, saved by an editor\n");
    await expect(writeFixedFile(source, "first version\n")).rejects.toThrow(/changed on disk .* not overwritten/);
    expect(readFileSync(f, "utf8")).toBe("\tsecond version, saved by an editor\n");
  });

  it("leaves the original intact when the process dies between writing and renaming", () => {
    const dir = tmp();
    const f = join(dir, "posting.txt");
    writeFileSync(f, "\tOriginal text.\n");
    const r = run(["--fix", f, "--config", tabsOnly], { env: { JOBPOSTLINT_INJECT_FAULT: "before-rename" } });
    expect(r.signal).toBe("SIGKILL");
    expect(readFileSync(f, "utf8")).toBe("\tOriginal text.\n");
    // The half-done work is a separate temporary file, never the posting itself.
    expect(readdirSync(dir).filter((n) => n !== "posting.txt").every((n) => n.endsWith(".jobpostlint-tmp"))).toBe(true);
  });
});

describe("unusual but valid input lints normally", () => {
  const lint = (files: string[], cwd: string, extra: string[] = []) => {
    const r = run([...files, "--format", "json", ...extra], { cwd });
    return { ...r, results: r.stdout ? (JSON.parse(r.stdout) as JsonResult[]) : [] };
  };

  it("an empty file and a file of white space only", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.md"), "");
    writeFileSync(join(dir, "blank.txt"), " \n\t\n  \r\n");
    const { stderr, results } = lint(["empty.md", "blank.txt"], dir);
    expect(stderr).toBe("");
    expect(results.map((r) => r.messages.every((m) => !m.fatal))).toEqual([true, true]);
  });

  it("a path with spaces and non-ASCII characters", () => {
    const dir = tmp();
    mkdirSync(join(dir, "offres d'emploi"));
    writeFileSync(join(dir, "offres d'emploi", "Développeur Zürich 東京.md"), "# Rôle\n\nTexte\tavec tabulation.\n");
    const { stderr, results } = lint(["offres d'emploi"], dir, ["--config", tabsOnly]);
    expect(stderr).toBe("");
    expect(results[0]!.filePath).toBe(join(dir, "offres d'emploi", "Développeur Zürich 東京.md"));
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([["no-stray-tabs", 3]]);
  });

  it("UTF-16 with a BOM is read correctly and fixed in UTF-16", () => {
    const dir = tmp();
    const f = join(dir, "utf16.txt");
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Role\n\tTabbed café line.\n", "utf16le")]));
    const { results } = lint([f], dir, ["--config", tabsOnly]);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([["no-stray-tabs", 2]]);
    run(["--fix", f, "--config", tabsOnly]);
    const bytes = readFileSync(f);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString("utf16le")).toBe("Role\nTabbed café line.\n");
  });

  it("a 1 MB single line", () => {
    const dir = tmp();
    writeFileSync(join(dir, "line.txt"), "word ".repeat(200_000) + "end\tof line\n");
    const { status, stderr, results } = lint(["line.txt"], dir);
    expect(stderr).toBe("");
    expect([0, 1]).toContain(status);
    expect(results[0]!.messages.some((m) => m.ruleId === "no-stray-tabs" && m.line === 1)).toBe(true);
  }, 120_000);

  it("a 20 MB posting", () => {
    const dir = tmp();
    const block = "Responsibilities\n- Build and maintain dashboards for the team.\n- Write\tSQL against the warehouse.\n\n";
    writeFileSync(join(dir, "huge.txt"), block.repeat(Math.ceil(20_000_000 / block.length)));
    const { status, stderr, results } = lint(["huge.txt"], dir, ["--config", tabsOnly]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(results[0]!.messages.length).toBe(Math.ceil(20_000_000 / block.length));
  }, 300_000);

  it("a folder holding 130,000 postings in a subfolder: every one found (they were spread into one call, past the stack)", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "postings"));
    const count = 130_000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, "postings", `p${i}.md`), "");
    const { files, errors } = await expandPatterns(["."], dir);
    expect(errors).toEqual([]);
    expect(files).toHaveLength(count);
    expect(new Set(files).size).toBe(count);
  }, 300_000);

  it("ten thousand files in one call", () => {
    const dir = tmp();
    for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, `p${i}.txt`), i % 1000 === 0 ? "A\ttab\n" : "Clean line.\n");
    const { stderr, results } = lint(["."], dir, ["--config", tabsOnly]);
    expect(stderr).toBe("");
    expect(results).toHaveLength(10_000);
    expect(results.filter((r) => r.messages.length > 0)).toHaveLength(10);
  }, 300_000);
});

describe("invalid input: a one-line error and exit 2, the other files still linted", () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    [
      "a directory named as a file",
      (dir) => {
        mkdirSync(join(dir, "offer.md"));
        return "offer.md";
      },
      /offer\.md: is a directory, not a file/,
    ],
    [
      "a folder holding no posting (a wrong path in a CI script must not pass)",
      (dir) => {
        mkdirSync(join(dir, "drafts"));
        writeFileSync(join(dir, "drafts", "notes.docx"), "not a posting");
        return "drafts";
      },
      /drafts: no postings in this folder \(\.md, \.markdown, \.txt, \.html, \.htm\)/,
    ],
    [
      "a broken symlink",
      (dir) => {
        symlinkSync("gone.txt", join(dir, "dangling.txt"));
        return "dangling.txt";
      },
      /dangling\.txt: broken symbolic link/,
    ],
    [
      "binary data",
      (dir) => {
        writeFileSync(join(dir, "photo.md"), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
        return "photo.md";
      },
      /photo\.md: binary data \(NUL byte at offset 3\)/,
    ],
    [
      "invalid UTF-8",
      (dir) => {
        writeFileSync(join(dir, "cp1252.txt"), Buffer.from("Caf\xe9 and \x93quotes\x94\n", "latin1"));
        return "cp1252.txt";
      },
      /cp1252\.txt: invalid UTF-8 at byte offset 3/,
    ],
  ];
  for (const [name, make, pattern] of cases) {
    it(name, () => {
      const dir = tmp();
      writeFileSync(join(dir, "good.txt"), "A\ttab.\n");
      const bad = make(dir);
      const r = run(["good.txt", bad, "--format", "json", "--config", tabsOnly], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect((JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath)).toEqual([join(dir, "good.txt")]);
    });
  }

  it("an unreadable file", () => {
    const dir = tmp();
    writeFileSync(join(dir, "good.txt"), "A\ttab.\n");
    writeFileSync(join(dir, "secret.txt"), "private\n");
    chmodSync(join(dir, "secret.txt"), 0o000);
    chmodSync(join(dir, "good.txt"), 0o644);
    // Root reads any file: run as "nobody" then, so the permission really bites.
    const asRoot = process.getuid?.() === 0;
    const r = run(["good.txt", "secret.txt", "--format", "json", "--config", tabsOnly], {
      cwd: dir,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.stderr).toMatch(/secret\.txt: permission denied/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath)).toEqual([join(dir, "good.txt")]);
  });
});

describe("files --fix may not or cannot replace", () => {
  it("a read-only file is not fixed, even where its folder would let a rename replace it: one line, exit 2", () => {
    const dir = tmp();
    chmodSync(dir, 0o777);
    const file = join(dir, "ro.txt");
    writeFileSync(file, "A\ttab.\n");
    chmodSync(file, 0o444);
    // Root writes any file: run as "nobody" then, so the mode really bites.
    const asRoot = process.getuid?.() === 0;
    const r = run(["--fix", "ro.txt", "--config", tabsOnly], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(r.stderr).toBe(`jobpostlint: ${file}: cannot write the fix: permission denied\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("A\ttab.\n");
  });

  it("a file with a long name (240 bytes) is fixed: the temporary file's name stays within the limit", () => {
    const dir = tmp();
    const name = "p".repeat(236) + ".txt";
    writeFileSync(join(dir, name), "A\ttab.\n");
    const r = run(["--fix", name, "--config", tabsOnly], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, name), "utf8")).toBe("A tab.\n");
    expect(readdirSync(dir)).toEqual([name]);
  });

  it("--init in a folder it cannot write: one line, exit 2", () => {
    const dir = tmp();
    const asRoot = process.getuid?.() === 0;
    chmodSync(dir, 0o555);
    const r = run(["--init"], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(r.stderr).toBe(`jobpostlint: ${join(dir, ".jobpostlintrc.json")}: cannot write it (permission denied)\n`);
    expect(r.status).toBe(2);
  });
});

describe("output that cannot be written: no stack trace, exit 2", () => {
  // Enough findings that the output outgrows a pipe's buffer, so the writer is still writing when the reader has gone.
  const noisy = () => {
    const dir = tmp();
    writeFileSync(join(dir, "tabs.txt"), "A\ttab.\n".repeat(50_000));
    return dir;
  };

  it("a reader that stops early (`| head`): nothing on stderr, exit 2 (the output was cut short)", () => {
    const dir = noisy();
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" tabs.txt --config "${tabsOnly}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}" >&2`], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.stderr).toBe("2\n");
  });

  it("a full disk (stdout to /dev/full): one line naming the cause, exit 2", () => {
    const dir = noisy();
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" tabs.txt --config "${tabsOnly}" >/dev/full`], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("jobpostlint: cannot write the output: ENOSPC: no space left on device, write\n");
    expect(r.status).toBe(2);
  });
});
