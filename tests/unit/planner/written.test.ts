/**
 * A module's written assignment carries only the strings it needs: every message its checks
 * raise, and every label its fields show, must be among them, in both languages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import { ModuleSchema, type WrittenAssignment } from "../../../src/schemas/module";
import { RubricSchema } from "../../../src/schemas/rubric";
import { blankPlan } from "../../../src/schemas/plan";
import { scorePlan } from "../../../src/grading/rubric";
import { pickStrings } from "../../../src/i18n";
import { getField, setField } from "../../../src/planner/plan-edit";
import { writtenStringPrefixes } from "../../../src/planner/written-strings";
import { exampleTexts } from "../../../src/planner/written-answer";
import { PLACEHOLDERS } from "../../fixtures/plans/placeholders";

const ROOT = join(import.meta.dirname, "../../..");
const written: [string, WrittenAssignment][] = readdirSync(join(ROOT, "content/modules/en"))
  .map((file) => {
    const source = readFileSync(join(ROOT, "content/modules/en", file), "utf8");
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
    return [file.replace(/\.mdx$/, ""), ModuleSchema.parse(loadYaml(front)).written] as const;
  })
  .filter((entry): entry is [string, WrittenAssignment] => entry[1] !== undefined);

it("modules 03, 04, 08 and 10 end in a written assignment", () => {
  expect(written.map(([id]) => id)).toEqual([
    "03-platform-rules",
    "04-cold-start",
    "08-growth-referral",
    "10-risk-crisis",
  ]);
});

describe.each(written)("%s's written assignment", (_id, assignment) => {
  const rubric = RubricSchema.parse(
    loadYaml(readFileSync(join(ROOT, "content/rubrics", `${assignment.rubric}.yaml`), "utf8")),
  );
  const blank = blankPlan("w", "W", "2025-01-01T00:00:00.000Z");
  /** Every asked-for field holding the placeholder (a row of it in a list). */
  const filled = (p: string) =>
    assignment.fields.reduce((plan, field) => {
      if (field === "referral.tiers")
        return setField(plan, field, [{ id: "t", invites: 3, reward: p }]);
      if (field === "risk.timeline")
        return setField(plan, field, [{ id: "s", minute: 5, action: p }]);
      return typeof blank.rules.threshold === typeof getField(plan, field)
        ? setField(plan, field, p)
        : plan;
    }, blank);
  const plans = [
    blank,
    ...PLACEHOLDERS.map(filled),
    ...(["strong", "weak"] as const).flatMap((kind) => [
      rubric.exemplars[kind].plan["zh-cn"],
      rubric.exemplars[kind].plan.en,
    ]),
  ];

  it.each(["zh-cn", "en"] as const)(
    "earns nothing for the strong exemplar copied out, which is shown beside it (%s)",
    (lang) => {
      const exemplars = (["strong", "weak"] as const).flatMap((kind) => [
        rubric.exemplars[kind].plan["zh-cn"],
        rubric.exemplars[kind].plan.en,
      ]);
      const examples = exampleTexts(exemplars, assignment.fields);
      const copied = scorePlan(rubric, rubric.exemplars.strong.plan[lang], { examples });
      expect(copied.passed).toBe(false);
      expect(copied.criteria.flatMap((c) => c.issues.map((i) => i.key))).toContain("text.copied");
      // The same answer, not shown beside the field, passes (the exemplar is a strong one).
      expect(scorePlan(rubric, rubric.exemplars.strong.plan[lang]).passed).toBe(true);
    },
  );

  it.each(["zh-cn", "en"] as const)("has every message its checks raise (%s)", (lang) => {
    const strings = pickStrings(lang, ...writtenStringPrefixes(assignment.fields));
    const keys = new Set(
      plans.flatMap((plan) =>
        scorePlan(rubric, plan).criteria.flatMap((c) =>
          c.issues.map((i) => `rubric.issue.${i.key}`),
        ),
      ),
    );
    expect(keys.size).toBeGreaterThan(2);
    for (const key of keys) expect(strings[key], key).toBeDefined();
  });

  it.each(["zh-cn", "en"] as const)("has every label its fields show (%s)", (lang) => {
    const strings = pickStrings(lang, ...writtenStringPrefixes(assignment.fields));
    const LIST_ROWS: Record<string, string> = {
      "referral.tiers": "planner.add.referralTier",
      "risk.timeline": "planner.add.timelineStep",
    };
    for (const field of assignment.fields) {
      expect(strings[LIST_ROWS[field] ?? `planner.f.${field}`], field).toBeDefined();
    }
    expect(strings["written.submit"]).toBeDefined();
    expect(strings["rubric.level.excellent"]).toBeDefined();
  });
});
