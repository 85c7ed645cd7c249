import { statSync } from "node:fs";
import { formatOfExtension } from "../posting/format.js";

/**
 * How many worker threads `--concurrency auto` starts for a run. A worker
 * costs a thread start and its own warm-up (V8 interprets, then compiles, the
 * parser and every rule again, about a second of CPU), so it pays only on a
 * run with enough to lint. Measured on 2 cores (bench/): 600 Markdown postings
 * (1.8 MB) took as long with a worker as without and 30% more CPU, 1,000
 * (3 MB) were 6 to 12% quicker with one, and 10,000 a quarter quicker. Plain
 * text costs about half as much per byte (it has no Markdown to parse).
 */
export const AUTO_POOL_MIN_WORK = 2 * 1024 * 1024;
const PLAIN_TEXT_WEIGHT = 0.5;

/**
 * The run's work in bytes of Markdown: file sizes, plain text at half weight.
 * It stops adding once `enough` is reached, so a run of ten thousand files
 * does not stat them all; a file that cannot be read counts as nothing (its
 * read reports it).
 */
export function estimatedWork(paths: readonly string[], enough = AUTO_POOL_MIN_WORK): number {
  let work = 0;
  for (const path of paths) {
    if (work >= enough) break;
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      continue;
    }
    work += formatOfExtension(path) === "text" ? size * PLAIN_TEXT_WEIGHT : size;
  }
  return work;
}

/** Workers beside the main thread for "auto": one per further core, once the run is big enough to pay for them. */
export function autoWorkerCount(paths: readonly string[], cores: number): number {
  if (cores < 2 || paths.length < 2 || estimatedWork(paths) < AUTO_POOL_MIN_WORK) return 0;
  return Math.min(cores, paths.length) - 1;
}
