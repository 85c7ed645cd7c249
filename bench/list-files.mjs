// The files of the given paths: a folder's entries (sorted, so the order and
// any cache effect are the same on every run) whose names match `pattern`, and
// files as given. Shared by the floor scripts.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function listFiles(paths, pattern = /(?:)/) {
  const out = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (pattern.test(name)) out.push(join(p, name));
    } else {
      out.push(p);
    }
  }
  return out;
}
