#!/usr/bin/env node
// The read-only floor for plain text: read every file under the given folders
// (or the given files), split it into lines and count the lines holding a tab,
// one file after another in this one thread. No linter of these files can do
// less; it bounds from below what issue 10's plain-text line can reach.
//
// Usage: node read-floor.mjs <dir|file> ...
// Prints the file count, characters and tab lines (so the work cannot be
// optimised away); exit 0, or 2 on an error.
import { readFileSync } from "node:fs";
import { listFiles } from "./list-files.mjs";

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("usage: node read-floor.mjs <dir|file> ...");
  process.exit(2);
}
try {
  let chars = 0;
  let tabLines = 0;
  const list = listFiles(paths);
  for (const file of list) {
    const text = readFileSync(file, "utf8");
    chars += text.length;
    for (const line of text.split(/\r\n|\r|\n/)) if (line.includes("\t")) tabLines++;
  }
  console.log(`read ${list.length} files, ${chars} characters, ${tabLines} lines with a tab`);
} catch (error) {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(2);
}
