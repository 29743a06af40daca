import fc from "fast-check";
import {
  CADENCES,
  CATEGORIES,
  EVENT_KINDS,
  FORMATS,
  GOALS,
  INTENSITIES,
  KPI_KINDS,
  KPI_METRICS,
  MODELS,
  MONETIZATION_MODELS,
  PLATFORMS,
  REFERRAL_MODES,
  REVIEW_ROLES,
  SOP_KINDS,
  TEAM_ROLES,
  VALUES,
  PlanSchema,
  type Plan,
} from "../../../src/schemas/plan";

/** Text as learners type it: CJK, Markdown and JSON metacharacters, newlines, emoji. */
const text = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "早安：今日特饮",
    "a | b",
    "**bold** `code`",
    "line 1\nline 2",
    '"quoted" \\ back',
    "☕️ 咖啡",
  ),
);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const int = (min: number, max: number) => fc.integer({ min, max });
const num = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Object.is(x, -0) ? 0 : x));
const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

function rows<T>(row: fc.Arbitrary<T>, maxLength = 4) {
  return fc
    .uniqueArray(fc.tuple(idArb, row), { maxLength, selector: ([id]) => id })
    .map((list) => list.map(([id, r]) => ({ id, ...(r as object) })));
}

const named = rows(fc.record({ name: text, detail: text }));

/** Valid plans, every field present (as PlanSchema leaves them after parsing). */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    id: idArb,
    name: fc.string({ minLength: 1, maxLength: 60 }),
    scenario: fc.constantFrom(
      "coffee-members",
      "wechat-parents",
      "zsxq-ux-circle",
      "discord-indie-game",
    ),
    positioning: fc.record({
      goal: maybe(oneOf(GOALS)),
      line: text,
      slogan: text,
      horizonWeeks: int(8, 104),
    }),
    personas: rows(fc.record({ who: text, needs: text, pains: text, whereNow: text })),
    value: fc.record({
      knowledge: text,
      resources: text,
      emotional: text,
      interest: text,
      core: maybe(oneOf(VALUES)),
    }),
    communityType: fc.record({ category: maybe(oneOf(CATEGORIES)), model: maybe(oneOf(MODELS)) }),
    platform: fc.record({ platform: maybe(oneOf(PLATFORMS)), otherName: text, why: text }),
    rules: fc.record({
      threshold: text,
      speaking: text,
      banned: text,
      rewardsPenalties: text,
      enforcement: oneOf(["basic", "strict"] as const),
    }),
    coldStart: fc.record({
      sources: text,
      seedCount: maybe(int(0, 100000)),
      invitation: text,
      iceBreakers: text,
      answerFirstPosts: fc.boolean(),
    }),
    calendar: fc.record({
      slots: rows(
        fc.record({
          day: int(0, 6),
          time,
          theme: text,
          format: oneOf(FORMATS),
          length: maybe(num(0, 100000)),
        }),
        30,
      ),
      peakFrom: maybe(time),
      peakTo: maybe(time),
      ugc: text,
    }),
    contentReview: fc.record({ steps: rows(fc.record({ role: oneOf(REVIEW_ROLES), who: text })) }),
    events: rows(
      fc.record({
        name: text,
        kind: oneOf(EVENT_KINDS),
        cadence: oneOf(CADENCES),
        description: text,
        followUp: text,
      }),
    ),
    feedback: fc.record({ channel: text, responseHours: maybe(num(0, 10000)) }),
    segmentation: fc.record({
      tiers: named,
      points: named,
      badges: named,
      coreRoles: named,
      wakeUp: text,
    }),
    referral: fc.record({
      mode: oneOf(REFERRAL_MODES),
      tiers: rows(fc.record({ invites: maybe(int(1, 100000)), reward: text })),
      antiCheat: fc.boolean(),
      antiCheatMeasures: text,
      fromWeek: maybe(int(0, 104)),
      adBudgetPerWeek: maybe(num(0, 1000000)),
    }),
    monetization: fc.record({
      model: oneOf(MONETIZATION_MODELS),
      price: maybe(num(0, 10000000)),
      priceNote: text,
      fromWeek: maybe(int(0, 104)),
      intensity: oneOf(INTENSITIES),
      valueFirst: text,
    }),
    risk: fc.record({
      monitoringHours: maybe(num(0, 24)),
      monitoringWho: text,
      sensitiveAutomated: fc.boolean(),
      sensitiveHuman: fc.boolean(),
      sensitiveProcess: text,
      escalation: rows(fc.record({ trigger: text, action: text })),
      responseMinutes: maybe(num(0, 100000)),
      copyrightRegister: fc.boolean(),
      copyrightNote: text,
      privacy: text,
    }),
    kpis: rows(
      fc.record({
        metric: oneOf(KPI_METRICS),
        customName: text,
        kind: oneOf(KPI_KINDS),
        target: maybe(num(-1000000, 1000000)),
        deadlineWeek: maybe(int(0, 104)),
      }),
      20,
    ),
    kpiReview: text,
    team: fc.record({
      members: rows(
        fc.record({ role: oneOf(TEAM_ROLES), name: text, hoursPerWeek: maybe(num(0, 168)) }),
      ),
      sops: rows(fc.record({ kind: oneOf(SOP_KINDS), name: text, steps: text })),
    }),
    lifecycle: fc.record({ start: text, growth: text, maturity: text, decline: text }),
    selfAssessment: fc.dictionary(
      idArb,
      fc.constantFrom("excellent", "good", "needs-work", "superb"),
    ),
  })
  .map((p) =>
    PlanSchema.parse({
      format: "community-ops-lab/plan",
      version: 1,
      createdAt: "2025-01-01T00:00:00.000Z",
      updatedAt: "2025-01-02T00:00:00.000Z",
      ...p,
    }),
  );
