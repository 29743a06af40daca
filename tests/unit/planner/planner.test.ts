import { describe, expect, it } from "vitest";
import {
  addRow,
  fieldId,
  getField,
  lengthUnit,
  moveRow,
  removeRow,
  setField,
} from "../../../src/planner/plan-edit";
import {
  excerptOutline,
  outlineToMarkdown,
  planOutline,
  SECTIONS,
} from "../../../src/planner/outline";
import { rubricView } from "../../../src/planner/view";
import { issueText } from "../../../src/planner/issue-text";
import { makeT } from "../../../src/i18n/t";
import { dictionary } from "../../../src/i18n";
import { RubricSchema } from "../../../src/schemas/rubric";
import { CHECKS } from "../../../src/grading/checks";
import { emptyPlan, fullPlan } from "../grading/plan-builders";

const en = makeT(dictionary("en"));
const zh = makeT(dictionary("zh-cn"));

describe("editing a plan by field path", () => {
  const plan = fullPlan();

  it("reads and writes plain fields and fields of rows by id", () => {
    expect(getField(plan, "risk.responseMinutes")).toBe(30);
    expect(getField(plan, "personas.p1.who")).toBe(
      "Office workers aged 28–35 who buy two cups a day",
    );
    const next = setField(plan, "personas.p1.who", "Home brewers");
    expect(getField(next, "personas.p1.who")).toBe("Home brewers");
    expect(getField(plan, "personas.p1.who")).toBe(
      "Office workers aged 28–35 who buy two cups a day",
    );
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
  const local = (zh: string, en: string) => ({ "zh-cn": zh, en });
  const rubric = RubricSchema.parse({
    title: local("内容", "Content"),
    summary: local("概要", "Summary"),
    module: "05-content",
    criteria: {
      cadence: {
        kind: "auto",
        check: "posts-per-weekday",
        weight: 3,
        module: "05-content",
        title: local("节奏", "Cadence"),
        feedback: local("每天 3–5 条", "3–5 a day"),
        notApplicable: [
          { goals: ["mutual-help"], reason: local("互助小组不要求", "Not for mutual help") },
        ],
        capsScoreAt: 0.5,
      },
    },
    exemplars: {
      strong: {
        summary: local("好", "Strong"),
        plan: {
          calendar: { ugc: local("会员的冲煮照片每周日精选", "Members' photos each Sunday") },
        },
        marks: { cadence: { level: "good", note: local("说明", "Why") } },
      },
      weak: { summary: local("弱", "Weak"), plan: {}, marks: {} },
    },
  });

  it("keeps what scoring needs, the texts of that language and the exemplars laid out", () => {
    const view = rubricView(
      "content",
      rubric,
      "en",
      (id) => ({ title: `Module ${id}`, href: `/en/modules/${id}/` }),
      (plan) => excerptOutline(plan, emptyPlan(), en),
    );
    expect(view.criteria).toEqual({
      cadence: {
        kind: "auto",
        check: "posts-per-weekday",
        capsScoreAt: 0.5,
        weight: 3,
        title: "Cadence",
        feedback: "3–5 a day",
        descriptors: {},
        moduleTitle: "Module 05-content",
        moduleHref: "/en/modules/05-content/",
        notApplicable: [{ goals: ["mutual-help"], reason: "Not for mutual help" }],
      },
    });
    expect(view.exemplars).toEqual([
      {
        kind: "strong",
        summary: "Strong",
        sections: [
          {
            id: "calendar",
            title: "Content calendar",
            blocks: [
              {
                kind: "fields",
                rows: [["Member co-creation (UGC)", "Members' photos each Sunday"]],
              },
            ],
          },
        ],
        marks: { cadence: { level: "good", note: "Why" } },
      },
      { kind: "weak", summary: "Weak", sections: [], marks: {} },
    ]);
  });
});

describe("an excerpt of a plan", () => {
  it("shows only what differs from a blank plan, each table under its heading", () => {
    const plan = fullPlan();
    const sections = excerptOutline(
      { ...emptyPlan(), risk: { ...emptyPlan().risk, timeline: plan.risk.timeline } },
      emptyPlan(),
      en,
    );
    expect(sections.map((s) => s.id)).toEqual(["risk"]);
    expect(sections[0]!.blocks.map((b) => b.kind)).toEqual(["heading", "table"]);
    expect(sections[0]!.blocks[0]).toEqual({ kind: "heading", text: "The first 30 minutes" });
  });
});
