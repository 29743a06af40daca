// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import { readdirSync } from "node:fs";
import { LAYERS } from "./tests/unit/architecture/layers.mjs";

/** Functions whose results may differ in the last bit between JavaScript engines, or that read the clock or global randomness. */
const nondeterministic = [
  ...[
    "random",
    "exp",
    "expm1",
    "log",
    "log1p",
    "log2",
    "log10",
    "pow",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "cbrt",
    "hypot",
  ].map((property) => ({
    object: "Math",
    property,
    message:
      "The engine must replay bit-for-bit: use + − × ÷, Math.sqrt, floor/ceil/round/min/max/abs, or a lookup table (shared/SIM.md).",
  })),
  { object: "Date", property: "now", message: "The engine has no clock: time is the week number." },
  { object: "performance", property: "now", message: "The engine has no clock." },
];

/** The folders of src/ (and content/), as import paths end up naming them. */
const SRC_FOLDERS = readdirSync("src", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/${entry.name}`);

/**
 * no-restricted-imports patterns for one layer rule: its banned folders (a relative import names
 * them by their last segments after going up, e.g. `../../lib/charts/sandbox`; a sibling file of
 * the same name, such as schemas/progress.ts beside the src/progress folder, is `./progress` and
 * not banned) and, when it lists its packages, every other package.
 * @param {import("./tests/unit/architecture/layers.mjs").LayerRule} rule
 */
function layerPatterns(rule) {
  const banned = rule.only
    ? [...SRC_FOLDERS, "content"].filter(
        (folder) => folder !== rule.folder && !rule.only?.includes(folder),
      )
    : (rule.never ?? []);
  /** @param {string} folder */
  const tail = (folder) => folder.replace(/^src\//, "");
  /** @type {Array<{ group?: string[]; regex?: string; message: string }>} */
  const patterns = banned.map((folder) => ({
    group: [`../**/${tail(folder)}`, `../**/${tail(folder)}/**`],
    message: rule.why,
  }));
  if (rule.packages) {
    const allowed = rule.packages.map((p) => p.replace(/[/.]/g, "\\$&")).join("|");
    patterns.push({
      regex: allowed ? `^(?![./])(?!(${allowed})$)` : "^(?![./])",
      message: rule.why,
    });
  }
  return patterns;
}

export default defineConfig(
  { ignores: ["dist/", "dist-lms/", ".astro/", ".tmp/", "node_modules/", "coverage/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/sim/**/*.ts"],
    rules: {
      "no-restricted-properties": ["error", ...nondeterministic],
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator='**']",
          message: "Use multiplication for integer powers (shared/SIM.md).",
        },
        { selector: "NewExpression[callee.name='Date']", message: "The engine has no clock." },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage"],
    },
  },
  // The layers of src/ (tests/unit/architecture/layers.mjs; the import-graph test checks the same rules).
  ...LAYERS.map(
    (rule) =>
      /** @type {import("eslint").Linter.Config} */ ({
        files: [`${rule.folder}/**/*.{ts,tsx,mjs}`],
        rules: { "no-restricted-imports": ["error", { patterns: layerPatterns(rule) }] },
      }),
  ),
);
