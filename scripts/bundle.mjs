#!/usr/bin/env node
/**
 * Bundles the command-line entry points (after `tsc`) into dist/bundle/, so a
 * run loads a handful of files instead of some three hundred modules: on a
 * single posting, start-up is most of the time a run takes.
 *
 * - `jobpostlint.js` is the launcher (src/launcher.ts). It runs `cli.cjs`, the
 *   whole command line in one CommonJS file, from a V8 code cache; CommonJS
 *   because Node 20 caches compiled code only for scripts. Code only some runs
 *   need (the language server, formatters, the HTML reader) is still evaluated
 *   only when asked for. The one thing a script cannot do is `import()`, so
 *   src/io/import-module.ts becomes `import-module.cjs`, a real module file.
 * - `lint-worker.js` (the worker threads) and `jobpostlint-lsp.js` stay ES
 *   modules with shared chunks. Every output sits in one folder, so
 *   `new URL("./lint-worker.js", import.meta.url)` finds the worker.
 *
 * Last, one run of the command on the bundled example and the README makes the code cache.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const outdir = "dist/bundle";
rmSync(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // esbuild rewrites every \p{...} regex literal as `new RegExp("...")` (for engines whose Unicode tables differ),
  // and inside a function that builds a fresh RegExp on every call: hot per-token checks paid for it. Node 20 has them.
  supported: { "regexp-unicode-property-escapes": true },
  // Packages that load files or modules by computed paths at run time stay as they are (and are loaded lazily anyway).
  external: ["cosmiconfig", "ajv", "vscode-languageserver", "vscode-languageserver/*", "vscode-languageserver-textdocument", "typescript"],
  // jsonc-parser's main entry is a UMD build whose require() calls esbuild cannot follow; its ES build bundles cleanly.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: { "jobpostlint-lsp": "dist/src/lsp/bin.js", "lint-worker": "dist/src/workers/lint-worker.js" },
  outdir,
  splitting: true,
  format: "esm",
  chunkNames: "chunk-[hash]",
  // Bundled CommonJS packages call require() for Node's built-in modules; ESM output has none of its own.
  banner: { js: 'import { createRequire as __jobpostlintRequire } from "node:module"; const require = __jobpostlintRequire(import.meta.url);' },
});

const importModuleShim = {
  name: "import-module-shim",
  setup(b) {
    b.onResolve({ filter: /\/import-module\.js$/ }, () => ({ path: "./import-module.cjs", external: true }));
  },
};
await build({
  ...common,
  entryPoints: ["dist/src/bin.js"],
  outfile: `${outdir}/cli.cjs`,
  format: "cjs",
  plugins: [importModuleShim],
  define: { "import.meta.url": "__jobpostlintUrl" },
  banner: { js: 'const __jobpostlintUrl = require("node:url").pathToFileURL(__filename).href;' },
});
const cli = readFileSync(`${outdir}/cli.cjs`, "utf8");
// A script run from the cache has no import(): any left would fail at run time, so fail the build instead.
const stray = /(?<![\w$.])import\s*\(/.exec(cli);
if (stray) throw new Error(`${outdir}/cli.cjs still calls import() at offset ${stray.index}: route it through src/io/import-module.ts`);
writeFileSync(`${outdir}/import-module.cjs`, '"use strict";\nexports.importModule = (specifier) => import(specifier);\n');

// The launcher finds the cache by the bundle's hash, so a cache made for another build is never taken.
const bundleHash = createHash("sha256").update(cli).digest("hex").slice(0, 16);
await build({ ...common, entryPoints: { jobpostlint: "dist/src/launcher.js" }, outdir, format: "esm", define: { JOBPOSTLINT_BUNDLE_HASH: JSON.stringify(bundleHash) } });

// A plain-text and a Markdown posting, so the cache holds both readers' code.
const warm = spawnSync(process.execPath, [`${outdir}/jobpostlint.js`, "--no-color", "examples/ats-posting.txt", "README.md"], { encoding: "utf8" });
if (warm.status !== 1) throw new Error(`making the code cache: jobpostlint exited ${warm.status}: ${warm.stderr}`);
