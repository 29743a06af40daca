/**
 * Placeholder text never earns credit. Every text field of a plan that has a row in every list
 * is filled with a placeholder (a generic one, or the field's own label or hint in either
 * language) and the plan is scored against every rubric: no auto-checked point may be earned.
 * With the numbers, switches and choices still blank, that is a plan of placeholders; with them
 * set to meet every standard, only the criteria that judge a number or a choice may earn, and no
 * rubric passes — not even when the learner rates every self-assessed criterion excellent, since
 * a self-assessment of a blank or placeholder answer earns nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import { RubricSchema, type Rubric } from "../../../src/schemas/rubric";
import { blankPlan, PlanSchema, type Plan } from "../../../src/schemas/plan";
import { scorePlan } from "../../../src/grading/rubric";
import { fieldEchoes } from "../../../src/planner/labels";
import { getField } from "../../../src/planner/plan-edit";
import { dictionary } from "../../../src/i18n";
import { PLACEHOLDERS } from "../../fixtures/plans/placeholders";
import { fullPlan } from "./plan-builders";

const RUBRIC_DIR = join(import.meta.dirname, "../../../content/rubrics");
const rubrics: [string, Rubric][] = readdirSync(RUBRIC_DIR)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => [
    f.replace(/\.yaml$/, ""),
    RubricSchema.parse(loadYaml(readFileSync(join(RUBRIC_DIR, f), "utf8"))),
  ]);
const echoes = fieldEchoes([dictionary("zh-cn"), dictionary("en")]);

/** Strings that are ids, choices or times, not text a learner writes. */
const NOT_TEXT = new Set([
  "id",
  "format",
  "scenario",
  "createdAt",
  "updatedAt",
  "time",
  "peakFrom",
  "peakTo",
  "goal",
  "core",
  "category",
  "model",
  "platform",
  "enforcement",
  "kind",
  "cadence",
  "role",
  "mode",
  "metric",
  "intensity",
]);

/** A placeholder for a field, named as the checks name it ("personas.who"). */
type Fill = { name: string; text: (what: string) => string };
const fills: Fill[] = [
  ...PLACEHOLDERS.map((p) => ({ name: JSON.stringify(p), text: () => p })),
  ...[0, 1, 2, 3].map((i) => ({
    name: `the field's own label or hint #${i + 1}`,
    text: (what: string) => echoes[what]?.[i] ?? echoes[what]?.[0] ?? "TBD",
  })),
  {
    name: "the field's label followed by 待定",
    text: (what: string) => `${echoes[what]?.[0] ?? ""}：待定`,
  },
  {
    name: "another field's label followed by TBD",
    text: (what: string) => (what === "rules.threshold" ? "Speaking norms: TBD" : "入群门槛：TBD"),
  },
];

/**
 * Every text of `source` replaced by `fill`, each field named by its path without row ids. With
 * `keepNumbers` false, numbers, switches and plan-level choices go back to a blank plan's.
 */
function placeholderPlan(source: Plan, fill: Fill, keepNumbers: boolean): Plan {
  const blank = blankPlan("p", "P", "2025-01-01T00:00:00.000Z");
  const walk = (value: unknown, key: string, what: string[], path: string[]): unknown => {
    if (Array.isArray(value)) {
      return value.map((row: { id: string }) => walk(row, "", what, [...path, row.id]));
    }
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, k, [...what, k], [...path, k])]),
      );
    }
    if (typeof value === "string" && !NOT_TEXT.has(key)) return fill.text(what.join("."));
    if (keepNumbers || key === "day" || key === "horizonWeeks" || key === "id") return value;
    // A plan-level choice, number or switch goes back to the blank plan's; one in a row is
    // cleared (numbers, switches) or kept (the row's kind, role, format).
    const inBlank = getField(blank, path.join("."));
    if (inBlank !== undefined) return inBlank;
    return typeof value === "string" ? value : typeof value === "boolean" ? false : null;
  };
  const { format, version, id, name, selfAssessment: _self, ...rest } = source;
  const filled = walk(rest, "", [], []) as object;
  return PlanSchema.parse({ ...filled, format, version, id, name, selfAssessment: allExcellent });
}

/** The learner rates every self-assessed criterion of every rubric excellent. */
const allExcellent = Object.fromEntries(
  rubrics.flatMap(([, r]) =>
    Object.entries(r.criteria)
      .filter(([, c]) => c.kind === "self")
      .map(([cid]) => [cid, "excellent"]),
  ),
);

/** The two plans of each fill, built once: numbers blank, and numbers at the standard. */
const plans = new Map(
  fills.map((fill) => [
    fill,
    {
      blank: placeholderPlan(fullPlan(), fill, false),
      numbers: placeholderPlan(fullPlan(), fill, true),
    },
  ]),
);

describe.each(rubrics)("the %s rubric", (_id, rubric) => {
  it.each(fills)("gives a plan of placeholders (%s) no point at all", (fill) => {
    const s = scorePlan(rubric, plans.get(fill)!.blank, { echoes });
    expect(s.auto.points).toBe(0);
    expect(s.self.points).toBe(0);
    expect(s.passed).toBe(false);
  });

  it.each(fills)(
    "with every number and choice at the standard but text as placeholders (%s), earns only on numbers and choices and does not pass",
    (fill) => {
      const s = scorePlan(rubric, plans.get(fill)!.numbers, { echoes });
      expect(s.passed).toBe(false);
      expect(s.score).toBeLessThan(rubric.passMark);
    },
  );
});

it("prints each rubric's auto-checked share and what placeholders reach", () => {
  const rows = rubrics.map(([id, rubric]) => {
    const weights = Object.values(rubric.criteria);
    const total = weights.reduce((sum, c) => sum + c.weight, 0);
    const auto = weights.filter((c) => c.kind === "auto").reduce((sum, c) => sum + c.weight, 0);
    const best = (which: "blank" | "numbers") =>
      Math.max(
        ...fills.map((fill) => scorePlan(rubric, plans.get(fill)![which], { echoes }).score),
      );
    const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
    return `${id.padEnd(22)} auto ${pct(auto / total).padStart(6)}  placeholders ${pct(best("blank")).padStart(6)}  placeholders with numbers ${pct(best("numbers")).padStart(6)}`;
  });
  console.log(rows.join("\n"));
  expect(rows).toHaveLength(rubrics.length);
});
