import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { AllPagesFirst } from "./tests/e2e/sequencer";

/** e2e: one test file per core, each with its own Chromium against the one static server. */
const cores = availableParallelism();

export default defineConfig({
  test: {
    sequence: { sequencer: AllPagesFirst },
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
          environment: "node",
          // A CI machine may be busy with another build: a property test that takes 1 s on a
          // quiet machine must not fail on time alone (tests assert results, not speed).
          testTimeout: 30_000,
          // Test files share their worker's module cache instead of loading every module afresh
          // (a third less CPU for the whole suite): the store tests load their modules afresh
          // themselves (tests/unit/stores/harness.ts), and stubbed globals are undone after each test.
          isolate: false,
          unstubGlobals: true,
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
          fileParallelism: true,
          maxWorkers: cores,
          // Concurrent tests (the all-pages pass) open this many pages at once in their browser.
          maxConcurrency: cores,
        },
      },
    ],
  },
});
