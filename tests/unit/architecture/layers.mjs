// @ts-check
/**
 * The layers of src/ and what each may import — the one statement of the rules, which both the
 * import-graph test (tests/unit/architecture/imports.test.ts) and ESLint's no-restricted-imports
 * (eslint.config.js) enforce. A rule names the folder it binds and either the only folders it may
 * import from besides itself (`only`) or the folders it must never import (`never`); `packages`,
 * when given, are the only packages it may import.
 *
 * @typedef {{ folder: string; why: string; only?: readonly string[]; never?: readonly string[]; packages?: readonly string[] }} LayerRule
 */

/** The UI: what pure logic never reaches for. */
const UI = ["src/islands", "src/components", "src/pages", "src/client"];

/** @type {readonly LayerRule[]} */
export const LAYERS = [
  {
    folder: "src/vocabulary",
    why: "src/vocabulary is the leaf everyone shares: it imports nothing.",
    only: [],
    packages: [],
  },
  {
    folder: "src/sim",
    why: "The engine imports nothing outside itself but the vocabulary leaf (src/sim/README.md).",
    only: ["src/vocabulary"],
    packages: [],
  },
  {
    folder: "src/schemas",
    why: "Schemas are leaves: zod, each other and the vocabulary leaf.",
    only: ["src/vocabulary"],
    packages: ["astro/zod"],
  },
  {
    folder: "src/grading",
    why: "Grading is pure: it never imports islands, stores, components or lib/charts.",
    never: [...UI, "src/stores", "src/lib/charts"],
  },
  {
    folder: "src/cli",
    why: "The commands never import islands or stores.",
    never: [...UI, "src/stores"],
  },
  {
    folder: "src/lib/charts",
    why: "The Chart.js adapters never import islands.",
    never: UI,
  },
  ...["src/sandbox", "src/planner", "src/widgets", "src/progress"].map((folder) => ({
    folder,
    why: `${folder} is the islands' logic, testable without a DOM: it never imports the UI.`,
    never: UI,
  })),
  {
    folder: "src/lms",
    why: "src/lms runs only inside an LMS package, around the site: it never imports the site's UI.",
    never: UI,
  },
  ...UI.map((folder) => ({
    folder,
    why: `${folder} is the public site, which carries no LMS code: src/lms is built into packages only.`,
    never: ["src/lms"],
  })),
];
