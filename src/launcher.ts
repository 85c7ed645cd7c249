#!/usr/bin/env node
/**
 * The `jobpostlint` command as installed: it runs the bundled command line
 * (`cli.cjs`, one CommonJS file made by scripts/bundle.mjs) from a V8 code
 * cache kept beside it. On one posting, compiling the bundle's code is a good
 * share of a run; with the cache V8 takes the compiled bytecode as it is. Node
 * 22 offers this as `module.enableCompileCache()`; Node 20, which we support,
 * has only `vm.Script`'s `cachedData`, which takes a script, not an ES module,
 * hence the CommonJS bundle.
 *
 * The cache is keyed on the bundle's content (a hash the build writes into
 * this file: V8 itself checks only the source's length), V8's version and the
 * CPU architecture. It is made when the package is built, and remade by any
 * run that finds none or finds it rejected (another Node, other V8 flags).
 * Writing it is best effort: a read-only install simply runs without it.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** Set by scripts/bundle.mjs to a hash of cli.cjs. */
declare const JOBPOSTLINT_BUNDLE_HASH: string;

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, "cli.cjs");
const cacheFile = join(here, `cli.cjs.${JOBPOSTLINT_BUNDLE_HASH}-${process.versions.v8}-${process.arch}.v8-cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * Writes through a temporary file, so a run never reads a half-written cache.
 * The file is opened before the cache is serialised: in a read-only install
 * (with a Node the shipped cache was not made for) every run would otherwise
 * pay for serialising a cache it cannot keep.
 */
function writeCache(script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(temporary, "w");
  } catch {
    return; // a read-only folder: the next run compiles as this one did
  }
  try {
    try {
      writeSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true }); // a full disk: no cache, and no half of one
  }
}

const cachedData = readCache();
// `Module.wrap` gives the bundle the scope a CommonJS module has (require, module, __filename...).
const source = readFileSync(bundle, "utf8").replace(/^#!.*/, "");
const script = new Script((Module as unknown as { wrap(code: string): string }).wrap(source), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // At exit, so the cache holds every function this run compiled, not only the top level.
  process.once("exit", () => writeCache(script));
}
const cjsModule = { exports: {}, filename: bundle, id: bundle, loaded: false };
const run = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
run(cjsModule.exports, createRequire(bundle), cjsModule, bundle, here);
