// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";

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

export default defineConfig(
  { ignores: ["dist/", ".astro/", ".tmp/", "node_modules/", "coverage/", "public/"] },
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
  {
    // Grading is pure: the page and the command line both call it (issue 17's layers).
    files: ["src/grading/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/islands/**", "**/stores/**", "**/components/**", "**/lib/charts/**"],
              message: "src/grading never imports islands, stores, components or lib/charts.",
            },
          ],
        },
      ],
    },
  },
);
