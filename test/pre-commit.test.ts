import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// Each try-repo installs the hook environment from scratch (`npm install` of
// this package, whose `prepare` runs tsc, then `npm pack`, which runs it again,
// and a global install): minutes, not seconds, so the two runs go side by side.
const INSTALL_TIMEOUT = 5 * 60_000;

const root = fileURLToPath(new URL("..", import.meta.url));
const gitIdentity = { GIT_AUTHOR_NAME: "jobpostlint test", GIT_AUTHOR_EMAIL: "test@example.invalid", GIT_COMMITTER_NAME: "jobpostlint test", GIT_COMMITTER_EMAIL: "test@example.invalid" };
// npm may answer from its cache (filled by `npm ci`) rather than ask the registry again for every package.
const npmQuiet = { npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
const env = { ...process.env, ...gitIdentity, ...npmQuiet, NO_COLOR: "1", FORCE_COLOR: "0" };

const CLEAN = `# Backend engineer

Brightmere builds software for community hospitals.

## Responsibilities

- Build and run the services that schedule hospital staff.
- Review code and pair with other engineers.

## Requirements

- 3+ years of experience with Go.
- Experience with PostgreSQL.

## Pay

The salary range is $120,000 - $140,000 a year.
`;
const BAD = CLEAN.replace("Brightmere builds", "Join [Company Name] and build");
const MESSY = CLEAN.replace("hospitals.\n", "hospitals.   \n").replace("- Build and run", "\t- Build and run");

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous, so the concurrent tests really run side by side. */
function run(command: string, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

function git(args: string[], cwd: string): string {
  const result = spawnSync("git", args, { cwd, env, encoding: "utf8" });
  expect(result.status, `git ${args.join(" ")}: ${result.stderr}`).toBe(0);
  return result.stdout.trim();
}

/**
 * The work tree as one commit in a throw-away bare repository: tracked files
 * with their uncommitted edits and untracked files alike, minus what
 * .gitignore excludes. `pre-commit try-repo <checkout>` would not do: its
 * temporary commit takes only tracked files (`git add -u`) and staged ones, so
 * a new, untracked .pre-commit-hooks.yaml or source file would be missing.
 */
function snapshotWorkTree(): { repo: string; rev: string } {
  const repo = join(mkdtempSync(join(tmpdir(), "jobpostlint-snapshot-")), "jobpostlint.git");
  git(["init", "--quiet", "--bare", repo], root);
  git([`--git-dir=${repo}`, `--work-tree=${root}`, "add", "--all"], root);
  git([`--git-dir=${repo}`, `--work-tree=${root}`, "commit", "--quiet", "--no-verify", "-m", "work tree"], root);
  return { repo, rev: git([`--git-dir=${repo}`, "rev-parse", "HEAD"], root) };
}

/** A throw-away project repository with these postings committed, as a user's repository would have them. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-precommit-"));
  git(["init", "--quiet"], dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  git(["add", "--all"], dir);
  git(["commit", "--quiet", "--no-verify", "-m", "postings"], dir);
  return dir;
}

describe("the pre-commit hooks in .pre-commit-hooks.yaml, installed by pre-commit try-repo", () => {
  let snapshot: { repo: string; rev: string };
  // No hook id: every hook of the manifest, both installed into one environment.
  const tryRepo = (dir: string, files: string[]) => run("pre-commit", ["try-repo", snapshot.repo, "--ref", snapshot.rev, "--files", ...files], dir);

  beforeAll(() => {
    // A missing pre-commit is a broken machine (.ci/run installs it), never a reason to skip.
    const version = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
    expect(version.error, "pre-commit is not installed: apt-get install -y pre-commit").toBeUndefined();
    expect(version.status).toBe(0);
    // With node and npm on PATH pre-commit uses them (language_version: system); otherwise it would download a Node.
    for (const tool of ["node", "npm"]) expect(spawnSync(tool, ["--version"]).status, `${tool} on PATH`).toBe(0);
    snapshot = snapshotWorkTree();
  });

  it.concurrent(
    "on clean postings both hooks pass and the fix hook leaves the file alone",
    async () => {
      const dir = project({ "clean.md": CLEAN, "notes.json": '{ "not": "a posting" }\n' });
      const { status, stdout, stderr } = await tryRepo(dir, ["clean.md", "notes.json"]);
      expect(status, stdout + stderr).toBe(0);
      expect(stdout).toMatch(/^jobpostlint\.+Passed$/m);
      expect(stdout).toMatch(/^jobpostlint --fix\.+Passed$/m);
      expect(readFileSync(join(dir, "clean.md"), "utf8")).toBe(CLEAN);
    },
    INSTALL_TIMEOUT,
  );

  it.concurrent(
    "jobpostlint fails on an error and names it; jobpostlint-fix fixes in place and fails the commit so the fix can be reviewed",
    async () => {
      const dir = project({ "bad.md": BAD, "messy.md": MESSY });
      const { status, stdout, stderr } = await tryRepo(dir, ["bad.md", "messy.md"]);
      expect(status, stdout + stderr).toBe(1);
      const [check, fix] = stdout.split(/^(?=jobpostlint --fix\.+)/m);
      expect(check).toMatch(/^jobpostlint\.+Failed$/m);
      expect(check).toMatch(/bad\.md\s+3:6\s+error\s+Unfilled placeholder "\[Company Name\]"\s+no-placeholders/);
      expect(check).toMatch(/messy\.md\s+3:52\s+warning\s+Trailing whitespace/);
      expect(fix).toMatch(/^jobpostlint --fix\.+Failed$/m);
      expect(fix).toContain("files were modified by this hook");
      expect(readFileSync(join(dir, "messy.md"), "utf8")).toBe(CLEAN);
      expect(readFileSync(join(dir, "bad.md"), "utf8")).toBe(BAD);
    },
    INSTALL_TIMEOUT,
  );
});
