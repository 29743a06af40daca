import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dictionary } from "../../../../src/i18n";
import { LEVERS } from "../../../../src/sim";
import { STATUSES } from "../../../../src/grading/verify";
import { ASSIGNMENT_FIELDS } from "../../../../src/grading/rules";
import { STATUS_FILTERS } from "../../../../src/grading/gradebook/gradebook";
import { buildAssignment, blankForm } from "../../../../src/grading/gradebook/builder";

const DIRS = [
  join(import.meta.dirname, "../../../../src/islands/Instructor"),
  join(import.meta.dirname, "../../../../src/grading/gradebook"),
];
const PAGE = join(import.meta.dirname, "../../../../src/pages/[lang]/instructor/index.astro");

/** Every "instructor.…" key written out whole in the island's and the page's code. */
function literalKeys(): string[] {
  const files = DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(dir, f)),
  );
  const keys = new Set<string>();
  for (const file of [...files, PAGE]) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'](instructor\.[A-Za-z0-9._-]+)["']/g))
      keys.add(m[1]!);
  }
  return [...keys].sort();
}

/** Keys the code builds at run time from data. */
const DYNAMIC = [
  ...STATUSES.map((s) => `status.${s}`),
  ...STATUS_FILTERS.map((s) => `filter.status.${s}`),
  ...["best", "latest"].map((s) => `grade.countRule.${s}`),
  ...["unknown", "now", "at"].map((s) => `grade.arrival.${s}`),
  ...["memory", "set-aside", "save-failed"].map((s) => `grade.storage.${s}`),
  ...["received", "reported"].map((s) => `csv.basis.${s}`),
  ...["zh-cn", "en"].map((s) => `writtenIn.${s}`),
  ...["all", "late", "onTime"].map((s) => `filter.timing.${s}`),
  ...["assignments", "gradebook"].map((s) => `tabs.${s}`),
  ...["zh-cn", "en"].flatMap((l) => [
    `builder.title.${l}`,
    `builder.instructions.${l}`,
    `handout.link.${l}`,
  ]),
  ...["json", "foreign", "newer", "empty", "storage", "read"].map((s) => `import.error.${s}`),
  ...["id", ...ASSIGNMENT_FIELDS].map((s) => `field.${s}`),
  ...["n", "min", "q1", "median", "q3", "max"].map((s) => `class.${s}`),
  "option.noTransform",
  ...LEVERS.flatMap((l) => (l.kind === "choice" || l.kind === "action" ? [...l.options] : [])).map(
    (o) => `option.${o}`,
  ),
  ...[
    "not-json",
    "wrong-format",
    "unknown-version",
    "schema",
    "older-model",
    "older-model.assignment",
    "model-differs",
    "personal-seed",
    "not-listed",
    "unknown-rule",
    "unknown-scenario",
    "decision-week",
    "unknown-lever",
    "not-a-number",
    "out-of-range",
    "invalid-choice",
    "not-boolean",
    "locked-lever",
    "too-large",
    "batch-cap",
    "read-failed",
    "other-assignment",
    "no-assignment",
    "extra-assignment",
    "bad-assignment",
    "check-failed",
  ].map((c) => `reason.${c}`),
].map((k) => `instructor.${k}`);

/** Every form problem the builder can report, by provoking each one. */
function builderErrorKeys(): string[] {
  const now = new Date("2025-03-01T00:00:00Z");
  const form = blankForm("coffee-members", now, () => 0.5);
  const bad = buildAssignment(
    {
      ...form,
      scenario: "nope",
      seed: "x",
      weeks: "1",
      passMark: "500",
      due: "",
      title: { "zh-cn": "", en: "x".repeat(300) },
      instructions: { "zh-cn": "", en: "y".repeat(6000) },
      locked: {
        ...form.locked,
        adBudget: { on: true, value: "-1" },
        rules: { on: true, value: "?" },
      },
      goals: [
        { metric: "nope", op: ">=", value: "", byWeek: "0" },
        { metric: "stickiness", op: ">=", value: "200", byWeek: "" },
        { metric: "nps", op: ">=", value: "300", byWeek: "" },
        { metric: "members", op: ">=", value: "-3", byWeek: "" },
      ],
    },
    now,
  );
  const keys = bad.ok ? [] : bad.problems.map((p) => p.key);
  const empty = buildAssignment({ ...form, goals: [] }, now);
  const halfWritten = buildAssignment(
    {
      ...form,
      title: { "zh-cn": "标题", en: "" },
      instructions: { "zh-cn": "", en: "Text" },
      personalSeeds: true,
      learnerIds: Array.from({ length: 2001 }, (_, i) => `s${i}`).join("\n"),
    },
    now,
  );
  const older = buildAssignment({ ...form, modelVersion: "col-sim-0.9.0" }, now);
  const past = buildAssignment({ ...form, due: "2020-01-01T00:00" }, now);
  return [
    ...keys,
    ...(empty.ok ? [] : empty.problems.map((p) => p.key)),
    ...(halfWritten.ok ? [] : halfWritten.problems.map((p) => p.key)),
    ...past.warnings.map((p) => p.key),
    ...older.warnings.map((p) => p.key),
    "sameWorld",
    "tooManyGoals",
    "schema",
  ].map((k) => `instructor.builder.err.${k}`);
}

describe("instructor strings", () => {
  const zh = dictionary("zh-cn");
  const en = dictionary("en");

  it.each([...literalKeys(), ...DYNAMIC, ...builderErrorKeys()])(
    "%s exists in both languages",
    (key) => {
      expect(zh[key], `zh-cn ${key}`).toBeTruthy();
      expect(en[key], `en ${key}`).toBeTruthy();
    },
  );

  it("the two languages use the same placeholders", () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith("instructor."))) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh[key] ?? ""), key).toEqual(names(en[key] ?? ""));
    }
  });
});
