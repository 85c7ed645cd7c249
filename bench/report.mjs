// Turns measured runs into the tables `npm run bench` prints and writes to
// RESULTS.md: one row per tool and set (medians), the acceptance ratios of
// issue 10 with PASS/FAIL, and the machine they were measured on.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * One summary per row: median wall and CPU over the successful runs, and the
 * highest peak RSS seen (a limit on peak memory is about the worst run).
 * A row with any failed run is reported as an error with the first failure.
 */
export function summarise(row) {
  const failed = row.results.find((r) => !r.ok);
  const ok = row.results.filter((r) => r.ok);
  const notRun = !row.skip && !failed && ok.length === 0 ? `not run${row.after ? ` (${row.after} failed)` : ""}` : undefined;
  return {
    ...row,
    error: row.skip ?? notRun ?? failed?.error,
    na: Boolean(row.skip ?? notRun),
    runs: ok.length,
    wall: failed ? undefined : median(ok.map((r) => r.wall)),
    cpu: failed ? undefined : median(ok.map((r) => r.cpu)),
    rssMB: failed || ok.length === 0 ? undefined : Math.max(...ok.map((r) => r.rssMB)),
    outKB: ok.length ? median(ok.map((r) => (r.outBytes + r.errBytes) / 1024)) : undefined,
  };
}

const bytesLabel = (bytes) => (bytes === undefined ? "" : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
const fmt = (value, digits = 2) => (value === undefined || !Number.isFinite(value) ? "n/a" : value.toFixed(digits));

/** The acceptance lines of issue 10, each a ratio of two summaries' figures and a bound. */
export function acceptance(byId, labels) {
  const get = (id, field) => {
    const row = byId.get(id);
    return row && !row.error ? row[field] : undefined;
  };
  const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
  const lines = [
    [`${labels.small} md: jobpostlint wall / markdownlint-cli2 wall`, ratio(get("jpl-md-small", "wall"), get("mdl-md-small", "wall")), "<=", 0.5],
    [`${labels.small} md: jobpostlint CPU / parse floor CPU`, ratio(get("jpl-md-small", "cpu"), get("floor-md-small", "cpu")), "<=", 1.3],
    [`${labels.small}: md wall / txt wall (txt speed-up)`, ratio(get("jpl-md-small", "wall"), get("jpl-txt-small", "wall")), ">=", 5],
    // Not a line of the issue: the same ratio with every rule off, and with a script that only reads the files, show what the line above can reach at best.
    [`  (context) ${labels.small}: md wall / txt wall with every rule off`, ratio(get("jpl-md-small", "wall"), get("jpl-txt-small-off", "wall")), "info", 5],
    [`  (context) ${labels.small}: md wall / read floor wall (read + split lines)`, ratio(get("jpl-md-small", "wall"), get("floor-txt-small", "wall")), "info", 5],
    ["1 posting cold: jobpostlint wall / markdownlint-cli2 wall", ratio(get("jpl-one-md", "wall"), get("mdl-one-md", "wall")), "<=", 0.6],
    [`--cache on unchanged ${labels.large} md: 2nd run wall / 1st run wall`, ratio(get("jpl-cache-2", "wall"), get("jpl-cache-1", "wall")), "<=", 0.1],
    [`${labels.large} md wall / ${labels.small} md wall (linear: 10x files)`, ratio(get("jpl-md-large", "wall"), get("jpl-md-small", "wall")), "<=", 10.5],
    [`${labels.large} md peak RSS MB (--format stylish)`, get("jpl-md-large", "rssMB"), "<=", 300],
    // The corpus's plain-text share: some 30 findings a posting, where a run that held its results grew with them.
    [`${labels.large} txt peak RSS MB (--format stylish)`, get("jpl-txt-large", "rssMB"), "<=", 300],
    [`${labels.bigLarge} posting wall / ${labels.bigSmall} posting wall`, ratio(get("jpl-big-large", "wall"), get("jpl-big-small", "wall")), "<", 10],
  ];
  return lines.map(([what, value, op, bound]) => {
    if (op === "info") return { what, value, target: "", verdict: "" };
    const pass = value === undefined ? undefined : op === "<=" ? value <= bound : op === "<" ? value < bound : value >= bound;
    return { what, value, target: `${op} ${bound}`, verdict: pass === undefined ? "n/a" : pass ? "PASS" : "FAIL" };
  });
}

function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** The results table; "jpl / this" is jobpostlint's wall over this peer's on the same set. */
export function resultsTable(summaries, byId) {
  const rows = summaries.map((s) => {
    const mine = s.compareWith ? byId.get(s.compareWith) : undefined;
    const vs = mine && !mine.error && s.wall ? fmt(mine.wall / s.wall) : "";
    return [s.tool, s.setLabel, s.files ?? "", bytesLabel(s.bytes), fmt(s.wall), fmt(s.cpu), fmt(s.rssMB, 0), fmt(s.outKB, 0), vs, s.error ? (s.na ? `n/a: ${s.error}` : `ERROR: ${s.error}`) : ""];
  });
  return markdownTable(["tool", "set", "files", "size", "wall s", "CPU s", "peak RSS MB", "output KB", "jpl / this", "note"], rows);
}

export function acceptanceTable(lines) {
  return markdownTable(
    ["acceptance (issue 10)", "measured", "target", "verdict"],
    lines.map((l) => [l.what, fmt(l.value), l.target, l.verdict]),
  );
}

function safe(fn) {
  try {
    return fn();
  } catch {
    return "unknown";
  }
}

/** What the figures depend on: hardware, Node, tool versions, the commit. */
export function machineFacts({ repoDir, benchDir, jplVersion, loadAtStart }) {
  const version = (pkg) => safe(() => JSON.parse(readFileSync(`${benchDir}/node_modules/${pkg}/package.json`, "utf8")).version);
  return [
    ["date", new Date().toISOString()],
    ["CPU", `${os.cpus()[0]?.model ?? "unknown"}`],
    ["cores (os.availableParallelism())", String(os.availableParallelism())],
    ["memory", `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ["OS", `${os.type()} ${os.release()} ${os.arch()}`],
    ["Node", process.version],
    // Other work on the machine skews wall times; the load before the run makes that visible.
    ["load average (1/5/15 min) at start", loadAtStart],
    ["jobpostlint", `${jplVersion} (${safe(() => execFileSync("git", ["describe", "--always", "--dirty"], { cwd: repoDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())})`],
    ["markdownlint-cli2", version("markdownlint-cli2")],
    ["remark-cli + remark-preset-lint-recommended", `${version("remark-cli")} + ${version("remark-preset-lint-recommended")}`],
    ["unified + remark-parse (floor)", `${version("unified")} + ${version("remark-parse")}`],
  ];
}

export function machineTable(facts) {
  return markdownTable(["machine", ""], facts);
}
