import { blankPlan, PlanSchema, type Plan, type PlanInput } from "../../../src/schemas/plan";

/** A blank plan, for checks that should find everything missing. */
export function emptyPlan(): Plan {
  return blankPlan("plan-empty", "Empty", "2025-01-01T00:00:00.000Z");
}

type Format = "post" | "article" | "video" | "live" | "image" | "poll";
const slot = (
  id: string,
  day: number,
  time: string,
  format: Format,
  length: number | null,
  theme = "Theme",
) => ({
  id,
  day,
  time,
  format,
  length,
  theme,
});

/** A plan that meets every auto-check in full; tests change one thing at a time. */
export function fullPlan(change: (input: PlanInput) => void = () => {}): Plan {
  const weekday = [0, 1, 2, 3, 4].flatMap((day) => [
    slot(`m${day}`, day, "08:30", "post", 120),
    slot(`n${day}`, day, "12:00", "image", null),
    slot(`e${day}`, day, "20:30", day % 2 === 0 ? "article" : "video", day % 2 === 0 ? 1000 : 3),
  ]);
  const named = (id: string) => ({ id, name: `${id} name`, detail: `${id} detail` });
  const input: PlanInput = {
    format: "community-ops-lab/plan",
    version: 1,
    id: "plan-full",
    name: "Full",
    scenario: "coffee-members",
    positioning: {
      goal: "product-users",
      line: "For regulars",
      slogan: "One cup",
      horizonWeeks: 52,
    },
    personas: [
      {
        id: "p1",
        who: "Office workers",
        needs: "New drinks",
        pains: "Folded chats",
        whereNow: "WeCom",
      },
    ],
    value: { knowledge: "", resources: "Coupons", emotional: "", interest: "", core: "resources" },
    communityType: { category: "brand-fan", model: "service" },
    platform: { platform: "wecom", why: "Members are there" },
    rules: {
      threshold: "Card",
      speaking: "Coffee talk",
      banned: "Ads",
      rewardsPenalties: "Remove advertisers",
    },
    coldStart: {
      sources: "Gold members",
      seedCount: 100,
      invitation: "Hi",
      iceBreakers: "Coffee card",
      answerFirstPosts: true,
    },
    calendar: {
      slots: [...weekday, slot("sat", 5, "10:00", "poll", null)],
      peakFrom: "20:00",
      peakTo: "22:00",
      ugc: "Sunday round-up",
    },
    contentReview: {
      steps: [
        { id: "r1", role: "ops-lead", who: "Chen" },
        { id: "r2", role: "brand-manager", who: "Lisa" },
        { id: "r3", role: "legal", who: "Legal" },
      ],
    },
    events: [
      { id: "ev1", name: "Check-in", kind: "check-in", cadence: "daily", followUp: "Leaderboard" },
      { id: "ev2", name: "Cupping", kind: "meetup", cadence: "monthly", followUp: "Notes" },
    ],
    feedback: { channel: "Form", responseHours: 24 },
    segmentation: {
      tiers: [named("core"), named("active"), named("ordinary"), named("dormant")],
      points: [named("check-in")],
      badges: [named("brewer")],
      coreRoles: [named("guide")],
      wakeUp: "Coupon",
    },
    referral: {
      mode: "tiered",
      tiers: [
        { id: "t1", invites: 3, reward: "Coupon" },
        { id: "t2", invites: 10, reward: "VIP" },
      ],
      antiCheat: true,
      antiCheatMeasures: "Counts after first purchase",
      fromWeek: 9,
      adBudgetPerWeek: 3000,
    },
    monetization: {
      model: "product-sales",
      price: 88,
      fromWeek: 12,
      intensity: "light",
      valueFirst: "Tastings first",
    },
    risk: {
      monitoringHours: 24,
      monitoringWho: "Rota",
      sensitiveAutomated: true,
      sensitiveHuman: true,
      sensitiveProcess: "Filter then review",
      escalation: [
        { id: "x1", trigger: "Complaint", action: "Store manager" },
        { id: "x2", trigger: "Food safety", action: "Brand manager in 30 min" },
      ],
      responseMinutes: 30,
      copyrightRegister: true,
      copyrightNote: "Shared sheet",
    },
    kpis: [
      { id: "k1", metric: "members", kind: "growth", target: 10, deadlineWeek: 26 },
      { id: "k2", metric: "stickiness", kind: "at-least", target: 20, deadlineWeek: 26 },
      { id: "k3", metric: "nps", kind: "at-least", target: 30, deadlineWeek: 52 },
    ],
    kpiReview: "Every Monday",
    team: {
      members: [
        { id: "m1", role: "community-manager", name: "Chen", hoursPerWeek: 40 },
        { id: "m2", role: "moderator", name: "Rota", hoursPerWeek: 10 },
      ],
      sops: [
        { id: "s1", kind: "publishing", name: "Publishing", steps: "Topic, draft, review, push" },
        { id: "s2", kind: "crisis", name: "Crisis", steps: "Detect, grade, respond, review" },
      ],
    },
    lifecycle: { start: "Seed", growth: "Invite", maturity: "Earn", decline: "Diagnose" },
  };
  change(input);
  return PlanSchema.parse(input);
}
