import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinRules } from "../../rules/index.js";

/**
 * A configuration file that turns every built-in rule off except `ids` (at the
 * given severity), for end-to-end tests of behaviour that one rule shows best.
 */
export function onlyRulesConfig(ids: readonly string[], severity: "warn" | "error" = "warn"): string {
  const rules = Object.fromEntries(builtinRules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? severity : "off"]));
  const dir = mkdtempSync(join(tmpdir(), "jobpostlint-only-"));
  // Readable by every user: one test runs the CLI as "nobody".
  chmodSync(dir, 0o755);
  const path = join(dir, "only.json");
  writeFileSync(path, JSON.stringify({ rules }), { mode: 0o644 });
  return path;
}
