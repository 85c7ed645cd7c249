import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Shared by the worker-pool and cache end-to-end tests: the built binary, throw-away folders, and a generated corpus. */

export const root = new URL("../..", import.meta.url).pathname;
/** The shipped binary (package.json "bin"): the esbuild bundle, with its own lint-worker.js beside it. */
export const bin = join(root, "dist/bundle/jobpostlint.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the binary. A run that hangs (a worker pool waiting for an answer that
 * never comes) is killed after a minute and fails its test with status null;
 * spawnSync blocks the test runner, so its own timeout could not fire.
 */
export function runCli(args: string[], cwd: string, options: { uid?: number; gid?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: 60_000,
    maxBuffer: 64 << 20,
    ...options,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `jobpostlint-${prefix}-`));
  // Readable by every user: some tests run the binary as "nobody".
  chmodSync(dir, 0o755);
  return dir;
}

/** Files by relative path, written under `dir` (folders created). */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Every file below `dir` (dot-files included) with its bytes, for comparing two trees. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = readFileSync(path).toString("base64");
  }
  return out;
}

export interface JsonMessage {
  ruleId: string | null;
  line: number;
  column: number;
  severity: number;
  message: string;
  fatal?: boolean;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  source?: string;
  output?: string;
}

export const BINARY_FILE = "p-060-logo.txt";
export const BOM_CRLF_FILE = "p-061-bom-crlf.txt";

/**
 * A fixed corpus of `count` postings (half Markdown, half plain text) with
 * findings of several kinds, fixable ones among them (tabs, a stray duplicate
 * line), a few long postings among short ones (so that workers finish out of
 * order), one binary file (a fatal error) and one posting with a BOM and CRLF
 * line endings. Names sort in generation order.
 */
export function corpus(count = 72): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < count; i++) {
    const markdown = i % 2 === 0;
    const name = `p-${String(i).padStart(3, "0")}.${markdown ? "md" : "txt"}`;
    const tab = i % 3 === 0 ? "\t" : "";
    const long = i % 10 === 3 ? Array.from({ length: 400 }, (_, k) => `Own release train ${k} for the platform team, end to end.`) : [];
    const lines = markdown
      ? [
          `# Backend Engineer ${i}`,
          "",
          "## About the role",
          "",
          `You will build the billing platform${i % 4 === 2 ? " as a true rockstar" : ""} at ${i % 9 === 4 ? "[Company Name]" : "Acme"}.`,
          "",
          "## Responsibilities",
          "",
          ...(long.length > 0 ? long.map((l) => `- ${l}`) : ["- Design services", `- ${tab}Review code`]),
          "",
          i % 8 === 6 ? "## requirements:" : "## Requirements",
          "",
          `- ${1 + (i % 6)}+ years of experience with Go`,
          ...(i % 11 === 2 ? ["- 8+ years of experience with Go"] : []),
          ...(i % 7 === 0 ? ["- Strong SQL skills and a feel for query plans", "- Strong SQL skills and a feel for query plans"] : []),
          "",
          i % 5 === 0 ? "Pay: $120,000 - $150,000 a year." : "Great benefits.",
          "",
        ]
      : [
          `Warehouse Associate ${i}`,
          "",
          "Responsibilities",
          ...(long.length > 0 ? long : ["Pick and pack orders", `${tab}Load trucks`]),
          "",
          "Requirements",
          `${1 + (i % 4)} years of warehouse experience`,
          ...(i % 7 === 0 ? ["Operate a forklift safely in a busy warehouse", "Operate a forklift safely in a busy warehouse"] : []),
          "",
          i % 5 === 0 ? "Pay: $18 - $22 an hour." : "Competitive pay.",
          "",
        ];
    files[name] = lines.join("\n");
  }
  files[BINARY_FILE] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]);
  files[BOM_CRLF_FILE] = "\uFEFFDriver\r\n\r\nResponsibilities\r\n\tDeliver parcels\r\nDeliver parcels\r\n\r\nRequirements\r\n2 years of driving experience\r\n";
  return files;
}
