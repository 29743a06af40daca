import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
          environment: "node",
          // A CI machine may be busy with another build: a property test that takes 1 s on a
          // quiet machine must not fail on time alone (tests assert results, not speed).
          testTimeout: 30_000,
        },
        esbuild: { jsx: "automatic", jsxImportSource: "preact" },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: each opens its own Chromium against the one static server.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
