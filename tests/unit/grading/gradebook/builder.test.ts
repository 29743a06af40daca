import { describe, expect, it } from "vitest";
import {
  blankForm,
  buildAssignment,
  changesGrading,
  copyForm,
  formFromAssignment,
  isoToLocalInput,
  localInputToIso,
  newAssignmentId,
  sameAssignment,
  switchScenario,
  type BuilderForm,
} from "../../../../src/grading/gradebook/builder";
import { AssignmentSchema } from "../../../../src/schemas/assignment";

import { makeAssignment } from "./fixtures";
import { getScenario } from "../../../../src/lib/scenarios";

const NOW = new Date("2025-03-01T08:00:00Z");
const fixed = () => 0.5;

/** A form that builds, to break one field at a time. */
function goodForm(): BuilderForm {
  const form = blankForm("coffee-members", NOW, fixed);
  return {
    ...form,
    title: { "zh-cn": "会员增长挑战", en: "Member growth challenge" },
    instructions: { "zh-cn": "52 周内把会员做到 4000。", en: "Reach 4,000 members in 52 weeks." },
    goals: [
      { metric: "members", op: ">=", value: "4000", byWeek: "" },
      { metric: "retentionW4", op: ">=", value: "35", byWeek: "26" },
    ],
    locked: {
      ...form.locked,
      adBudget: { on: true, value: "500" },
      referral: { on: true, value: "tiered" },
      antiCheat: { on: true, value: "true" },
    },
  };
}

describe("building an assignment from the form", () => {
  it("makes a schema-valid assignment: ratios from percents, locks typed, due with an offset", () => {
    const result = buildAssignment(goodForm(), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.assignment;
    expect(AssignmentSchema.safeParse(a).success).toBe(true);
    expect(a.goals).toEqual([
      { metric: "members", op: ">=", value: 4000 },
      { metric: "retentionW4", op: ">=", value: 0.35, byWeek: 26 },
    ]);
    expect(a.locked).toEqual({ adBudget: 500, referral: "tiered", antiCheat: true });
    expect(a.passMark).toBe(0.7);
    expect(a.due).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:00[+-]\d{2}:\d{2}$/);
    expect(result.warnings).toEqual([]);
  });

  const broken: [string, (f: BuilderForm) => BuilderForm, string, string][] = [
    ["unknown scenario", (f) => ({ ...f, scenario: "nope" }), "scenario", "scenario"],
    ["seed not a whole number", (f) => ({ ...f, seed: "1.5" }), "seed", "seed"],
    ["seed negative", (f) => ({ ...f, seed: "-1" }), "seed", "seed"],
    ["seed too large for a link", (f) => ({ ...f, seed: "2147483647" }), "seed", "seed"],
    ["weeks below 8", (f) => ({ ...f, weeks: "7" }), "weeks", "weeks"],
    ["weeks above 104", (f) => ({ ...f, weeks: "105" }), "weeks", "weeks"],
    [
      "locked number out of range",
      (f) => ({ ...f, locked: { ...f.locked, adBudget: { on: true, value: "25000" } } }),
      "locked.adBudget",
      "leverRange",
    ],
    [
      "locked number empty",
      (f) => ({ ...f, locked: { ...f.locked, postsPerDay: { on: true, value: "" } } }),
      "locked.postsPerDay",
      "leverRange",
    ],
    [
      "locked choice unknown",
      (f) => ({ ...f, locked: { ...f.locked, rules: { on: true, value: "martial-law" } } }),
      "locked.rules",
      "leverChoice",
    ],
    ["no goals", (f) => ({ ...f, goals: [] }), "goals", "noGoals"],
    [
      "goal metric not in the engine",
      (f) => ({ ...f, goals: [{ metric: "happiness", op: ">=", value: "1", byWeek: "" }] }),
      "goals.0.metric",
      "goalMetric",
    ],
    [
      "goal value empty",
      (f) => ({ ...f, goals: [{ metric: "members", op: ">=", value: "", byWeek: "" }] }),
      "goals.0.value",
      "goalValue",
    ],
    [
      "goal percent over 100",
      (f) => ({ ...f, goals: [{ metric: "stickiness", op: ">=", value: "120", byWeek: "" }] }),
      "goals.0.value",
      "goalPercent",
    ],
    [
      "NPS goal past 100",
      (f) => ({ ...f, goals: [{ metric: "nps", op: ">=", value: "101", byWeek: "" }] }),
      "goals.0.value",
      "goalNps",
    ],
    [
      "negative member goal",
      (f) => ({ ...f, goals: [{ metric: "members", op: "<=", value: "-5", byWeek: "" }] }),
      "goals.0.value",
      "goalNegative",
    ],
    [
      "goal week past the run",
      (f) => ({
        ...f,
        weeks: "20",
        goals: [{ metric: "members", op: ">=", value: "10", byWeek: "21" }],
      }),
      "goals.0.byWeek",
      "goalWeek",
    ],
    [
      "goal week zero",
      (f) => ({ ...f, goals: [{ metric: "members", op: ">=", value: "10", byWeek: "0" }] }),
      "goals.0.byWeek",
      "goalWeek",
    ],
    ["pass mark over 100", (f) => ({ ...f, passMark: "101" }), "passMark", "passMark"],
    [
      "no Chinese title",
      (f) => ({ ...f, title: { ...f.title, "zh-cn": "  " } }),
      "title.zh-cn",
      "title.zh-cn",
    ],
    [
      "no English instructions",
      (f) => ({ ...f, instructions: { ...f.instructions, en: "" } }),
      "instructions.en",
      "instructions.en",
    ],
    ["due date missing", (f) => ({ ...f, due: "" }), "due", "due"],
    ["due date that does not exist", (f) => ({ ...f, due: "2025-02-30T12:00" }), "due", "due"],
  ];

  it.each(broken)("%s → a problem on %s (%s)", (_name, breakIt, field, key) => {
    const result = buildAssignment(breakIt(goodForm()), NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ field, key }));
  });

  it("lists every problem at once", () => {
    const result = buildAssignment({ ...goodForm(), seed: "x", weeks: "2", passMark: "" }, NOW);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual([
      "seed",
      "weeks",
      "passMark",
    ]);
  });

  it("warns, without refusing, when the due date has passed", () => {
    const result = buildAssignment({ ...goodForm(), due: "2025-02-01T12:00" }, NOW);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([{ field: "due", key: "duePast" }]);
  });
});

describe("editing", () => {
  it("a saved assignment comes back into the form unchanged", () => {
    const built = buildAssignment(goodForm(), NOW);
    if (!built.ok) throw new Error("expected a valid form");
    const again = buildAssignment(formFromAssignment(built.assignment), NOW);
    expect(again.ok && again.assignment).toEqual(built.assignment);
  });

  it("an assignment read back from the form is the same one, however its dates and locks were written", () => {
    const a = makeAssignment({
      locked: { adBudget: 2000, referral: "tiered" },
      due: "2025-04-01T23:59:00+08:00",
    });
    const again = buildAssignment(formFromAssignment(a), NOW);
    expect(again.ok && sameAssignment(again.assignment, a)).toBe(true);
    expect(sameAssignment(a, { ...a, due: "2025-04-01T15:59:00Z" })).toBe(true);
    expect(sameAssignment(a, { ...a, due: "2025-04-02T15:59:00Z" })).toBe(false);
    expect(sameAssignment(a, { ...a, title: { ...a.title, en: "Other" } })).toBe(false);
  });

  it("knows which edits change grading", () => {
    const built = buildAssignment(goodForm(), NOW);
    if (!built.ok) throw new Error("expected a valid form");
    const a = built.assignment;
    expect(
      changesGrading(a, {
        ...a,
        title: { ...a.title, en: "New title" },
        due: "2026-01-01T00:00:00Z",
      }),
    ).toBe(false);
    expect(changesGrading(a, { ...a, seed: a.seed + 1 })).toBe(true);
    expect(
      changesGrading(a, { ...a, locked: { referral: "tiered", adBudget: 500, antiCheat: true } }),
    ).toBe(false);
    expect(changesGrading(a, { ...a, goals: a.goals.slice(0, 1) })).toBe(true);
  });

  it("a copy gets a new id and marked titles", () => {
    const form = goodForm();
    const copy = copyForm(form, new Date("2025-04-02T10:00:00Z"), () => 0.1, {
      "zh-cn": "（副本）",
      en: " (copy)",
    });
    expect(copy.id).not.toBe(form.id);
    expect(copy.title).toEqual({
      "zh-cn": "会员增长挑战（副本）",
      en: "Member growth challenge (copy)",
    });
  });
});

describe("switching scenario", () => {
  it("follows the new scenario's weeks and goals while untouched, keeps the drawn seed and the locks the instructor set", () => {
    const form = {
      ...blankForm("coffee-members", NOW, fixed),
      locked: {
        ...blankForm("coffee-members", NOW, fixed).locked,
        adBudget: { on: true, value: "0" },
      },
    };
    const next = switchScenario(form, "wechat-parents");
    const parents = getScenario("wechat-parents")!;
    expect(next.seed).toBe(form.seed);
    expect(next.weeks).toBe(String(parents.weeks));
    expect(next.goals.map((g) => g.metric)).toEqual(parents.goals.map((g) => g.metric));
    expect(next.locked.adBudget).toEqual({ on: true, value: "0" });
  });

  it("keeps goals and seed the instructor changed", () => {
    const form = {
      ...blankForm("coffee-members", NOW, fixed),
      seed: "777",
      goals: [{ metric: "nps", op: ">=" as const, value: "30", byWeek: "" }],
    };
    const next = switchScenario(form, "wechat-parents");
    expect(next.seed).toBe("777");
    expect(next.goals).toEqual(form.goals);
  });
});

describe("dates and ids", () => {
  it("a local date-time survives the round trip", () => {
    const iso = localInputToIso("2025-06-30T18:45");
    expect(iso).not.toBeNull();
    expect(isoToLocalInput(iso!)).toBe("2025-06-30T18:45");
    expect(new Date(iso!).getTime()).toBe(new Date(2025, 5, 30, 18, 45).getTime());
  });

  it.each(["", "tomorrow", "2025-13-01T10:00", "2025-02-29T10:00", "2025-01-01T24:00"])(
    "%j is not a date",
    (value) => {
      expect(localInputToIso(value)).toBeNull();
    },
  );

  it("ids are slugs naming the day", () => {
    expect(newAssignmentId(new Date(2025, 2, 1), () => 0)).toBe("asg-20250301-aaaaaa");
  });
});
