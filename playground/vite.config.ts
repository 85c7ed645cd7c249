import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

/**
 * The web playground: a static site, so `base: "./"` makes every asset path
 * relative and the built folder works from any address (GitHub Pages puts a
 * project under /NAME/).
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  // The linting core runs in a Web Worker, which has no DOM: packages with a DOM-only "browser" build
  // (decode-named-character-reference, under the Markdown parser) must resolve to their "worker" build.
  resolve: { conditions: ["worker", ...defaultClientConditions] },
  // The worker is an ES module: it shares the linting core's chunks instead of inlining a copy.
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
  server: {
    // The linting core lives beside the playground (src/, rules/, examples/), one folder up.
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
