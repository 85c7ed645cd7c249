#!/usr/bin/env node
// The parse-only floor: read every Markdown file under the given folders (or
// the given files) and parse it with unified + remark-parse, one file after
// another in this one thread, with no plugins and no rules. Whatever a linter
// built on the same parser spends beyond this is its own cost (issue 10:
// jobpostlint's CPU must stay within 1.3x of it).
//
// Usage: node parse-floor.mjs <dir|file> ...
// Prints the file count, bytes and node count (so the parse cannot be
// optimised away and the run can be checked); exit 0, or 2 on an error.
import { readFileSync } from "node:fs";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { listFiles } from "./list-files.mjs";

const MARKDOWN = /\.(md|markdown)$/i;

function countNodes(node) {
  let n = 1;
  if ("children" in node) for (const child of node.children) n += countNodes(child);
  return n;
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("usage: node parse-floor.mjs <dir|file> ...");
  process.exit(2);
}
try {
  // One frozen processor, as a linter would reuse one across files.
  const processor = unified().use(remarkParse).freeze();
  let bytes = 0;
  let nodes = 0;
  const list = listFiles(paths, MARKDOWN);
  for (const file of list) {
    const text = readFileSync(file, "utf8");
    bytes += text.length;
    nodes += countNodes(processor.parse(text));
  }
  console.log(`parsed ${list.length} files, ${bytes} characters, ${nodes} nodes`);
} catch (error) {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(2);
}
