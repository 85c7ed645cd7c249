import { statSync } from "node:fs";

/**
 * How many worker threads `--concurrency auto` starts for a run. A worker
 * costs a thread start and its own warm-up (V8 interprets, then compiles, the
 * readers and every rule again), so it pays only on a run with enough to
 * lint. Measured on 2 cores (bench/), with the main thread only reading files
 * and keeping results while two workers lint: 1,000 Markdown postings (3 MB)
 * took 1.8 s against 1.6 s on the main thread alone, 3,000 (9 MB) the same
 * 3.7 s, 10,000 (29 MB) 9.6 s against 12.5 s. Plain text costs about what
 * plain Markdown does, now that most Markdown is read without micromark.
 */
export const AUTO_POOL_MIN_WORK = 8 * 1024 * 1024;

/**
 * The run's work in bytes: the files' sizes. It stops adding once `enough` is
 * reached, so a run of ten thousand files does not stat them all; a file that
 * cannot be read counts as nothing (its read reports it).
 */
export function estimatedWork(paths: readonly string[], enough = AUTO_POOL_MIN_WORK): number {
  let work = 0;
  for (const path of paths) {
    if (work >= enough) break;
    try {
      work += statSync(path).size;
    } catch {
      continue;
    }
  }
  return work;
}

/** Workers for "auto": one per core (the main thread then only reads files and keeps results), once the run is big enough to pay for them. */
export function autoWorkerCount(paths: readonly string[], cores: number): number {
  if (cores < 2 || paths.length < 2 || estimatedWork(paths) < AUTO_POOL_MIN_WORK) return 0;
  return Math.min(cores, paths.length);
}
