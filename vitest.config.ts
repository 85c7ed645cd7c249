import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "examples/plugin/**/*.test.ts"],
    testTimeout: 120_000,
    setupFiles: ["test/setup/readers.ts"],
    globalSetup: ["test/setup/temp-dir.ts"],
  },
});
