// Generates the benchmark corpora once per (generator, seed, size) and reuses
// them on later runs. Each set is a folder beside a "<name>.stamp" file that
// records what made it (a hash of the generator's source, the seed and the
// count) and its file count and bytes; when the stamp matches the folder is
// reused, otherwise it is deleted and generated again. The stamp is written
// last, so an interrupted generation is redone rather than half-used.
//
// The stamps live beside the folders, not inside, so that no linter sees them.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
/** The shared Markdown generator; shared/ sits beside the repository (also in CI). */
export const GEN_CORPUS = resolve(BENCH_DIR, "../../shared/bench/gen-corpus.js");
const GEN_TEXT = join(BENCH_DIR, "gen-text.mjs");
/** Bump when this file changes how a set is built (the big postings), to rebuild old stamps. */
const LAYOUT_VERSION = 1;

const hashOf = (...files) => {
  const hash = createHash("sha256");
  hash.update(String(LAYOUT_VERSION));
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
};

function sizeOf(path) {
  if (!statSync(path).isDirectory()) return { files: 1, bytes: statSync(path).size };
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(path)) {
    files++;
    bytes += statSync(join(path, name)).size;
  }
  return { files, bytes };
}

/** Reuses `root/name` when its stamp says it was built from `key`; else builds it with `build(path)`. */
function ensure(root, name, key, build, log) {
  const path = join(root, name);
  const stampFile = join(root, `${name}.stamp`);
  if (existsSync(stampFile) && existsSync(path)) {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    if (JSON.stringify(stamp.key) === JSON.stringify(key)) return { path, files: stamp.files, bytes: stamp.bytes };
  }
  log(`generating ${name} ...`);
  rmSync(stampFile, { force: true });
  rmSync(path, { recursive: true, force: true });
  build(path);
  const { files, bytes } = sizeOf(path);
  writeFileSync(stampFile, JSON.stringify({ key, files, bytes }, null, 2) + "\n");
  return { path, files, bytes };
}

const run = (script, args) => execFileSync(process.execPath, [script, ...args.map(String)], { stdio: ["ignore", "ignore", "inherit"] });

/**
 * One long Markdown posting of at least `target` bytes: the first posting of
 * `sourceDir` whole, then the "## " sections of the next postings in turn (the
 * title block of each is dropped), as if one employer kept adding sections.
 */
function buildBig(sourceDir, target) {
  const names = readdirSync(sourceDir).filter((name) => name.endsWith(".md")).sort();
  let text = readFileSync(join(sourceDir, names[0]), "utf8");
  for (const name of names.slice(1)) {
    if (Buffer.byteLength(text) >= target) break;
    const posting = readFileSync(join(sourceDir, name), "utf8");
    text += "\n" + posting.slice(posting.indexOf("\n## ") + 1);
  }
  if (Buffer.byteLength(text) < target) throw new Error(`${sourceDir} has too few postings for a ${target}-byte posting`);
  return text;
}

/**
 * All the sets a benchmark run needs, generated or reused under `root`.
 * `small`/`large` are posting counts (1,000 and 10,000 by default);
 * `bigSizes` are the byte sizes of the two long postings ([100 KB, 1 MB]).
 */
export function ensureCorpora({ root, seed, small, large, bigSizes, log = () => {} }) {
  if (!existsSync(GEN_CORPUS)) throw new Error(`${GEN_CORPUS} not found: the Markdown generator comes from the shared folder beside the repository`);
  mkdirSync(root, { recursive: true });
  const mdKey = (n) => ({ generator: hashOf(GEN_CORPUS), seed, n });
  const txtKey = (n) => ({ generator: hashOf(GEN_TEXT), seed, n });
  const sets = {
    oneMd: ensure(root, `one-s${seed}.md`, mdKey(1), (path) => run(GEN_CORPUS, ["--one", path, seed]), log),
    oneTxt: ensure(root, `one-s${seed}.txt`, txtKey(1), (path) => run(GEN_TEXT, ["--one", path, seed]), log),
    mdSmall: ensure(root, `md-${small}-s${seed}`, mdKey(small), (path) => run(GEN_CORPUS, [path, small, seed]), log),
    txtSmall: ensure(root, `txt-${small}-s${seed}`, txtKey(small), (path) => run(GEN_TEXT, [path, small, seed]), log),
    mdLarge: ensure(root, `md-${large}-s${seed}`, mdKey(large), (path) => run(GEN_CORPUS, [path, large, seed]), log),
    txtLarge: ensure(root, `txt-${large}-s${seed}`, txtKey(large), (path) => run(GEN_TEXT, [path, large, seed]), log),
  };
  // The long postings are cut from the large Markdown set, so they share its key.
  const [bigSmall, bigLarge] = bigSizes;
  const bigKey = (size) => ({ ...mdKey(large), size });
  sets.bigSmall = ensure(root, `big-${bigSmall}-s${seed}.md`, bigKey(bigSmall), (path) => writeFileSync(path, buildBig(sets.mdLarge.path, bigSmall)), log);
  sets.bigLarge = ensure(root, `big-${bigLarge}-s${seed}.md`, bigKey(bigLarge), (path) => writeFileSync(path, buildBig(sets.mdLarge.path, bigLarge)), log);
  return sets;
}
