// Runs one command as a whole process and measures wall time, CPU time
// (user + sys) and peak resident memory.
//
// Method: the command runs under GNU time (`/usr/bin/time -f "%e %U %S %M"
// -o FILE`). GNU time gets its figures from wait4(2)'s rusage, which the kernel
// fills in when the process ends, so nothing is sampled and nothing is missed:
// user and sys include every thread (jobpostlint's worker threads) and every
// child process the command waited for; %M is ru_maxrss, the high-water mark
// of the largest process in that tree (worker threads share their process's
// RSS, so for a Node process with workers it is the whole footprint). Polling
// /proc instead would miss short peaks and short-lived children, and Node
// cannot report a child's rusage itself, hence the external tool.
//
// Wall time is taken here around the spawn with a monotonic clock, because
// GNU time's %e has only 10 ms resolution and a cold start is ~100 ms; the
// cost of exec'ing /usr/bin/time (about 1 ms) is the same for every tool.
//
// The command's stdout and stderr go to files, not pipes: the benchmark
// process then does nothing while the command runs (no reads competing for
// the two cores), and the sizes and tails are still there to check the run.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export const TIME_BIN = "/usr/bin/time";

/** Throws with install advice when GNU time is missing (the shell keyword `time` cannot report memory). */
export function checkTimeTool() {
  if (!existsSync(TIME_BIN)) {
    throw new Error(
      `${TIME_BIN} (GNU time) is missing; the benchmark uses it for CPU time and peak memory.\n` +
        "Install it: apt-get install time (Debian/Ubuntu), dnf install time (Fedora), apk add time (Alpine).",
    );
  }
}

/** The last `bytes` of a file, for error messages. */
function tail(file, bytes = 1500) {
  const size = statSync(file).size;
  const length = Math.min(size, bytes);
  if (length === 0) return "";
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * GNU time's -o file: its format line last, preceded by "Command exited with
 * non-zero status N" or "Command terminated by signal N" when that happened.
 */
function parseTimeFile(file) {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const lines = text.split("\n").filter(Boolean);
  const figures = lines.at(-1)?.match(/^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/);
  const signal = text.match(/terminated by signal (\d+)/)?.[1];
  return {
    figures: figures ? { user: Number(figures[2]), sys: Number(figures[3]), rssKiB: Number(figures[4]) } : undefined,
    signal: signal ? Number(signal) : undefined,
    // Anything else GNU time said, such as "cannot run X".
    note: lines.filter((line) => !/^Command (exited with non-zero status|terminated by signal)/.test(line) && line !== lines.at(-1)).join(" "),
  };
}

/**
 * Runs `command args` in `cwd` under GNU time; `scratch` is a folder for the
 * output files. `okCodes` are the exit codes that mean "ran and reported"
 * (linters exit 1 when they find problems); with `outputOnFailure`, an exit
 * other than 0 must also have printed something, or it counts as a crash.
 *
 * Resolves to { ok, wall, user, sys, cpu, rssMB, code, outBytes, errBytes, error }.
 * Never rejects for the command's own failure: a failed run is a result.
 */
export function measure({ command, args, cwd, scratch, id, okCodes = [0], outputOnFailure = false, timeoutMs = 20 * 60_000, env = process.env }) {
  const outFile = join(scratch, `${id}.out`);
  const errFile = join(scratch, `${id}.err`);
  const timeFile = join(scratch, `${id}.time`);
  rmSync(timeFile, { force: true });
  const outFd = openSync(outFile, "w");
  const errFd = openSync(errFile, "w");
  return new Promise((resolve) => {
    const started = performance.now();
    // detached: its own process group, so a timeout can kill time and the command together.
    const child = spawn(TIME_BIN, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args], { cwd, env, stdio: ["ignore", outFd, errFd], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    let finished = false;
    const finish = (code, spawnError) => {
      if (finished) return; // "error" and "exit" can both fire for one failed spawn
      finished = true;
      clearTimeout(timer);
      const wall = (performance.now() - started) / 1000;
      closeSync(outFd);
      closeSync(errFd);
      const { figures, signal, note } = parseTimeFile(timeFile);
      const outBytes = statSync(outFile).size;
      const errBytes = statSync(errFile).size;
      const result = {
        ok: false,
        wall,
        user: figures?.user,
        sys: figures?.sys,
        cpu: figures ? figures.user + figures.sys : undefined,
        rssMB: figures ? figures.rssKiB / 1024 : undefined,
        code,
        outBytes,
        errBytes,
        error: undefined,
      };
      const last = () => (tail(errFile) || tail(outFile)).trim().split("\n").slice(-3).join(" | ");
      if (spawnError) result.error = `could not start ${TIME_BIN}: ${spawnError.message}`;
      else if (timedOut) result.error = `timed out after ${Math.round(timeoutMs / 1000)} s`;
      else if (signal !== undefined) result.error = `killed by signal ${signal}`;
      else if (!figures) result.error = `no figures from ${TIME_BIN}${note ? `: ${note}` : ""}`;
      else if (!okCodes.includes(code)) result.error = `exit ${code}: ${last() || "no output"}`;
      else if (outputOnFailure && code !== 0 && outBytes + errBytes === 0) result.error = `exit ${code} with no output`;
      else result.ok = true;
      resolve(result);
    };
    child.once("error", (error) => finish(undefined, error));
    child.once("exit", (code) => finish(code ?? undefined));
  });
}
