import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every temporary folder of a test run (os.tmpdir() in the tests and in the
 * command lines they start) inside one folder, removed when the run ends: the
 * suite makes some 550 of them (caches, configurations, CLI runs) and left
 * them all behind.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-tests-"));
  // Readable by all, as /tmp is: a test runs the command line as another user.
  chmodSync(dir, 0o755);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
