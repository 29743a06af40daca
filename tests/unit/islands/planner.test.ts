import { describe, expect, it } from "vitest";
import {
  addRow,
  fieldId,
  getField,
  lengthUnit,
  moveRow,
  removeRow,
  setField,
} from "../../../src/islands/Planner/plan-edit";
import { outlineToMarkdown, planOutline } from "../../../src/islands/Planner/outline";
import { rubricView } from "../../../src/islands/Planner/view";
import { issueText } from "../../../src/islands/Planner/ScorePanel";
import { makeT } from "../../../src/i18n/t";
import { dictionary } from "../../../src/i18n";
import { RubricSchema } from "../../../src/schemas/rubric";
import { CHECKS } from "../../../src/grading/checks";
import { SECTIONS } from "../../../src/islands/Planner/PlanForm";
import { emptyPlan, fullPlan } from "../grading/plan-builders";

const en = makeT(dictionary("en"));
const zh = makeT(dictionary("zh-cn"));

describe("editing a plan by field path", () => {
  const plan = fullPlan();

  it("reads and writes plain fields and fields of rows by id", () => {
    expect(getField(plan, "risk.responseMinutes")).toBe(30);
    expect(getField(plan, "personas.p1.who")).toBe("Office workers");
    const next = setField(plan, "personas.p1.who", "Home brewers");
    expect(getField(next, "personas.p1.who")).toBe("Home brewers");
    expect(getField(plan, "personas.p1.who")).toBe("Office workers");
    expect(next.risk).toBe(plan.risk);
  });

  it("changes nothing for a path that does not exist", () => {
    expect(setField(plan, "risk.nope", 1)).toEqual(plan);
    expect(setField(plan, "personas.nobody.who", "x")).toEqual(plan);
  });

  it("adds, removes and moves rows", () => {
    const added = addRow(plan, "contentReview.steps", { id: "r4", role: "other", who: "CEO" });
    expect(added.contentReview.steps.map((s) => s.id)).toEqual(["r1", "r2", "r3", "r4"]);
    expect(
      moveRow(added, "contentReview.steps", "r4", -1).contentReview.steps.map((s) => s.id),
    ).toEqual(["r1", "r2", "r4", "r3"]);
    expect(moveRow(added, "contentReview.steps", "r1", -1)).toBe(added);
    expect(
      removeRow(added, "contentReview.steps", "r2").contentReview.steps.map((s) => s.id),
    ).toEqual(["r1", "r3", "r4"]);
  });

  it("gives every field a DOM id that the checks' paths map onto", () => {
    expect(fieldId("calendar.slots.s-1.length")).toBe("pf-calendar-slots-s-1-length");
    expect(fieldId("calendar.day.0")).toBe("pf-calendar-day-0");
  });

  it.each([
    ["post", "chars"],
    ["article", "chars"],
    ["video", "minutes"],
    ["live", "minutes"],
    ["image", null],
    ["poll", null],
  ] as const)("a %s is measured in %s", (format, unit) => {
    expect(lengthUnit(format)).toBe(unit);
  });
});

describe("the plan as a document", () => {
  it("has every section of the form, in order, in both languages", () => {
    for (const t of [en, zh]) {
      const outline = planOutline(fullPlan(), t, "Valley");
      expect(outline.sections.map((s) => s.id)).toEqual([...SECTIONS]);
      expect(JSON.stringify(outline)).not.toMatch(/planner\.[a-z]/);
    }
  });

  it("writes Markdown with a heading per section, a calendar table, and no broken tables", () => {
    const plan = fullPlan((p) => (p.calendar!.slots![0]!.theme = "A | B\nC"));
    const md = outlineToMarkdown(planOutline(plan, en, "Valley Coffee Members' Club"));
    expect(md.startsWith("# Full\n")).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(SECTIONS.length);
    expect(md).toContain("| Day | Time | Format | Theme | Length |");
    expect(md).toContain("| Monday | 08:30 | Short post | A \\| B<br>C | 120 characters |");
    expect(md).toContain("- **Case community (sandbox scenario)**: Valley Coffee Members' Club");
    expect(md).toContain("- **Crisis response time**: 30 minutes");
  });

  it("says so where a blank plan has nothing", () => {
    const md = outlineToMarkdown(planOutline(emptyPlan(), en, "Valley"));
    expect(md).toContain("- **Positioning line**: —");
    expect(md).toContain("- **Nothing yet**: —");
  });

  it("ends with the score line when one is given", () => {
    const md = outlineToMarkdown(planOutline(emptyPlan(), en, "Valley"), {
      rubric: "Capstone",
      score: "84%",
      detail: "Auto 20/24.",
    });
    expect(md.trimEnd().endsWith("**Capstone**: 84%  \nAuto 20/24.")).toBe(true);
  });
});

describe("messages for what to fix", () => {
  it("name days and roles in words", () => {
    const [issue] = CHECKS["posts-per-weekday"](
      fullPlan((p) => (p.calendar!.slots = p.calendar!.slots!.filter((s) => s.id !== "m2"))),
    ).issues;
    expect(issueText(en, issue!)).toBe("Wednesday has 2 items; plan 3–5 every weekday.");
    expect(issueText(zh, issue!)).toBe("周三只有 2 条，工作日每天要 3–5 条。");
    const [review] = CHECKS["content-review"](
      fullPlan((p) => p.contentReview!.steps!.pop()),
    ).issues;
    expect(issueText(en, review!)).toBe("Add a review step: Legal.");
  });

  it("exist in both languages for every issue every check can raise on a blank plan", () => {
    for (const check of Object.values(CHECKS)) {
      for (const issue of check(emptyPlan()).issues) {
        expect(dictionary("en")[`rubric.issue.${issue.key}`], issue.key).toBeDefined();
        expect(dictionary("zh-cn")[`rubric.issue.${issue.key}`], issue.key).toBeDefined();
      }
    }
  });
});

describe("a rubric in one language", () => {
  it("keeps what scoring needs and the texts of that language", () => {
    const rubric = RubricSchema.parse({
      title: { "zh-cn": "内容", en: "Content" },
      summary: { "zh-cn": "概要", en: "Summary" },
      module: "05-content",
      criteria: {
        cadence: {
          kind: "auto",
          check: "posts-per-weekday",
          weight: 3,
          module: "05-content",
          title: { "zh-cn": "节奏", en: "Cadence" },
          feedback: { "zh-cn": "每天 3–5 条", en: "3–5 a day" },
        },
      },
    });
    const view = rubricView("content", rubric, "en", (id) => ({
      title: `Module ${id}`,
      href: `/en/modules/${id}/`,
    }));
    expect(view).toEqual({
      id: "content",
      title: "Content",
      summary: "Summary",
      passMark: 0.7,
      criteria: {
        cadence: {
          kind: "auto",
          check: "posts-per-weekday",
          weight: 3,
          title: "Cadence",
          feedback: "3–5 a day",
          descriptors: {},
          moduleTitle: "Module 05-content",
          moduleHref: "/en/modules/05-content/",
        },
      },
    });
  });
});
