import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load as loadYaml } from "js-yaml";
import { RubricSchema, type Rubric } from "../../../src/schemas/rubric";
import { ExamplePlanSchema } from "../../../src/schemas/example-plan";
import { ModuleSchema } from "../../../src/schemas/module";
import { levelForRatio, scorePlan } from "../../../src/grading/rubric";
import { emptyPlan, fullPlan } from "./plan-builders";

const ROOT = join(import.meta.dirname, "../../..");
const RUBRIC_DIR = join(ROOT, "content/rubrics");
const PLAN_DIR = join(ROOT, "content/plans");
/** Modules as written in content/modules (the module tests hold them to the course map). */
const COURSE_MODULES = readdirSync(join(ROOT, "content/modules/en")).map((f) =>
  f.replace(/\.mdx$/, ""),
);
/** One rubric per planning module, and the capstone (module authors reference these ids). */
const RUBRIC_IDS = [
  "positioning",
  "platform-rules",
  "cold-start",
  "content",
  "events",
  "segmentation",
  "growth-referral",
  "monetization",
  "risk-crisis",
  "data-analytics",
  "lifecycle",
  "team-sop",
  "capstone",
];

const rubrics = new Map(
  readdirSync(RUBRIC_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .map(
      (f) =>
        [f.replace(/\.yaml$/, ""), loadYaml(readFileSync(join(RUBRIC_DIR, f), "utf8"))] as const,
    ),
);
const rubric = (id: string): Rubric => RubricSchema.parse(rubrics.get(id));

describe("the rubric files", () => {
  it("include every rubric the course needs", () => {
    expect([...rubrics.keys()].sort()).toEqual([...RUBRIC_IDS].sort());
  });

  it.each(RUBRIC_IDS)("%s is valid and links only to course modules", (id) => {
    const parsed = RubricSchema.safeParse(rubrics.get(id));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const r = parsed.data!;
    expect(COURSE_MODULES).toContain(r.module);
    for (const c of Object.values(r.criteria)) expect(COURSE_MODULES).toContain(c.module);
    const kinds = new Set(Object.values(r.criteria).map((c) => c.kind));
    expect(kinds).toEqual(new Set(["auto", "self"]));
  });

  it("give the same criterion id the same check wherever it appears", () => {
    const seen = new Map<string, string>();
    for (const id of RUBRIC_IDS) {
      for (const [cid, c] of Object.entries(rubric(id).criteria)) {
        const what = c.kind === "auto" ? `auto:${c.check}` : `self:${c.field}`;
        expect(seen.get(cid) ?? what, `${id}/${cid}`).toBe(what);
        seen.set(cid, what);
      }
    }
  });

  it("match the rubrics module assignments ask for", () => {
    const dir = join(ROOT, "content/modules");
    for (const lang of readdirSync(dir)) {
      for (const name of readdirSync(join(dir, lang)).filter((f) => f.endsWith(".mdx"))) {
        const source = readFileSync(join(dir, lang, name), "utf8");
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
        const assignment = ModuleSchema.safeParse(loadYaml(front)).data?.assignment;
        if (assignment?.kind === "plan")
          expect(RUBRIC_IDS, `${lang}/${name}`).toContain(assignment.rubric);
      }
    }
  });
});

describe("a broken rubric is rejected with a message naming the criterion", () => {
  const base = () =>
    structuredClone(rubrics.get("content")) as {
      criteria: Record<string, Record<string, unknown>>;
    };

  it("an unknown check id", () => {
    const data = base();
    data.criteria["video-length"]!.check = "video-lenght";
    const issues = RubricSchema.safeParse(data).error!.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(["criteria", "video-length", "check"]);
    expect(issues[0]!.message).toContain(
      'criterion "video-length" uses the unknown check "video-lenght"',
    );
    expect(issues[0]!.message).toContain("posts-per-weekday");
  });

  it.each([
    ["a missing weight", (c: Record<string, unknown>) => delete c.weight, "weight"],
    [
      "a title in one language only",
      (c: Record<string, unknown>) => (c.title = { en: "Only English" }),
      "title",
    ],
    ["an unknown kind", (c: Record<string, unknown>) => (c.kind = "peer"), "kind"],
    [
      "a module id that is not NN-slug",
      (c: Record<string, unknown>) => (c.module = "content"),
      "module",
    ],
  ])("%s", (_what, breakIt, field) => {
    const data = base();
    breakIt(data.criteria["themes-fit"]!);
    const issues = RubricSchema.safeParse(data).error!.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.path.slice(0, 3)).toEqual(["criteria", "themes-fit", field]);
  });

  it("a self-assessed criterion missing a level descriptor", () => {
    const data = base();
    delete (data.criteria["themes-fit"]!.descriptors as Record<string, unknown>).good;
    const issues = RubricSchema.safeParse(data).error!.issues;
    expect(issues[0]!.path).toEqual(["criteria", "themes-fit", "descriptors", "good"]);
  });

  it("no criteria", () => {
    const data = base();
    data.criteria = {};
    expect(RubricSchema.safeParse(data).error!.issues[0]!.message).toMatch(
      /at least one criterion/,
    );
  });
});

describe("levels from a check's ratio", () => {
  it.each([
    [1, "excellent"],
    [0.9999, "good"],
    [0.5, "good"],
    [0.4999, "needs-work"],
    [0, "needs-work"],
  ] as const)("%s → %s", (ratio, level) => {
    expect(levelForRatio(ratio)).toBe(level);
  });
});

describe("scoring a plan", () => {
  const content = rubric("content");

  it("gives full auto points to a plan meeting every standard, and nothing for unjudged self criteria", () => {
    const s = scorePlan(content, fullPlan());
    expect(s.auto).toEqual({ points: 10, max: 10 });
    expect(s.self).toEqual({ points: 0, max: 2, unassessed: 1 });
    expect(s.score).toBeCloseTo(10 / 12, 4);
    expect(s.passed).toBe(true);
  });

  it.each([
    ["excellent", 1],
    ["good", 11 / 12],
    ["needs-work", 10 / 12],
  ])("counts a self-assessed level of %s", (level, score) => {
    const s = scorePlan(
      content,
      fullPlan((p) => (p.selfAssessment = { "themes-fit": level })),
    );
    expect(s.score).toBeCloseTo(score, 4);
    expect(s.self.unassessed).toBe(0);
  });

  it("ignores a self-assessment that is not a level", () => {
    const s = scorePlan(
      content,
      fullPlan((p) => (p.selfAssessment = { "themes-fit": "superb" })),
    );
    expect(s.self.unassessed).toBe(1);
  });

  it("drops a criterion to good when half its check is met, and says what to fix", () => {
    const plan = fullPlan((p) => (p.risk!.responseMinutes = 45));
    const risk = scorePlan(rubric("risk-crisis"), plan);
    const crisis = risk.criteria.find((c) => c.id === "crisis-30min")!;
    expect(crisis.level).toBe("needs-work");
    expect(crisis.points).toBe(0);
    expect(crisis.issues).toEqual([
      { key: "risk.responseSlow", values: { n: 45, max: 30 }, field: "risk.responseMinutes" },
    ]);
  });

  it("fails a blank plan and passes at the pass mark", () => {
    expect(scorePlan(content, emptyPlan()).passed).toBe(false);
    const s = scorePlan(content, fullPlan());
    expect(scorePlan(content, fullPlan(), s.score).passed).toBe(true);
    expect(scorePlan(content, fullPlan(), s.score + 0.0001).passed).toBe(false);
  });
});

describe("the example plans", () => {
  const files = readdirSync(PLAN_DIR).filter((f) => f.endsWith(".json"));
  const strip = (v: unknown): unknown =>
    typeof v === "string"
      ? ""
      : Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)]))
          : v;

  it("cover at least three case communities", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)("%s is a valid plan in both languages, the same but for its words", (file) => {
    const parsed = ExamplePlanSchema.safeParse(
      JSON.parse(readFileSync(join(PLAN_DIR, file), "utf8")),
    );
    expect(parsed.error?.issues ?? []).toEqual([]);
    const { "zh-cn": zh, en } = parsed.data!;
    expect(zh.scenario).toBe(file.replace(/\.json$/, ""));
    const { scenario: _s1, ...zhRest } = zh;
    const { scenario: _s2, ...enRest } = en;
    expect(strip(enRest)).toEqual(strip(zhRest));
    expect(JSON.stringify(zh)).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(files)("%s meets every auto-checked standard of the capstone", (file) => {
    const { en } = ExamplePlanSchema.parse(JSON.parse(readFileSync(join(PLAN_DIR, file), "utf8")));
    const s = scorePlan(rubric("capstone"), en);
    expect(
      s.criteria
        .filter((c) => c.criterion.kind === "auto" && c.level !== "excellent")
        .map((c) => c.id),
    ).toEqual([]);
  });
});
