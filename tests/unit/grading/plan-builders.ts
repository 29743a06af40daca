import { blankPlan, PlanSchema, type Plan, type PlanInput } from "../../../src/schemas/plan";
import { planToRun, sandboxLink } from "../../../src/grading/plan-to-run";
import { getScenario } from "../../../src/lib/scenarios";
import { MODEL_VERSION } from "../../../src/sim/index";

/** The run for a plan as the planner makes it: its scenario's own seed, this model; null for an unknown scenario. */
export function runForPlan(plan: Plan) {
  const scenario = getScenario(plan.scenario);
  return scenario
    ? planToRun(plan, { scenario, modelVersion: MODEL_VERSION, seed: scenario.seed })
    : null;
}

/** The sandbox link the planner offers for a plan; null for an unknown scenario. */
export function sandboxUrlForPlan(plan: Plan, lang: "zh-cn" | "en") {
  const mapped = runForPlan(plan);
  return mapped && sandboxLink(plan, mapped, lang);
}

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
  theme = "Brewing tips",
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
  const named = (id: string) => ({
    id,
    name: `${id} members`,
    detail: `Who the ${id} members are and the care they get each month`,
  });
  const input: PlanInput = {
    format: "community-ops-lab/plan",
    version: 1,
    id: "plan-full",
    name: "Full",
    scenario: "coffee-members",
    positioning: {
      goal: "product-users",
      line: "For regulars who drink our coffee daily: new beans first and brewing help",
      slogan: "One cup, one crowd",
      horizonWeeks: 52,
    },
    personas: [
      {
        id: "p1",
        who: "Office workers aged 28–35 who buy two cups a day",
        needs: "New drinks and brewing tips",
        pains: "Store chats are folded away and full of ads",
        whereNow: "WeCom store groups",
      },
    ],
    value: {
      knowledge: "",
      resources: "Member coupons and first tastings of new beans",
      emotional: "",
      interest: "",
      core: "resources",
    },
    communityType: { category: "brand-fan", model: "service" },
    platform: {
      platform: "wecom",
      why: "Members already added the stores' WeCom accounts, so nobody installs anything",
    },
    rules: {
      threshold: "Members with a loyalty card, invited by a store",
      speaking: "Keep to coffee and the stores",
      banned: "No ads, QR codes or links",
      rewardsPenalties: "Good tips are pinned and thanked; the admin removes advertisers",
    },
    coldStart: {
      sources: "Gold-card members the baristas know by name",
      seedCount: 100,
      invitation:
        "Hi Ann, you're one of our most loyal regulars, so you'll taste the new beans before anyone else. Would you join our members' group and share a brewing tip when you join?",
      iceBreakers: "Post your favourite cup and where you drink it",
      firstWeek:
        "Opening night: welcome each member by name. Day 1: introductions. Day 2: brewing quiz. Day 3: a tasting poll. Day 5: a barista Q&A.",
      answerFirstPosts: true,
    },
    calendar: {
      slots: [...weekday, slot("sat", 5, "10:00", "poll", null)],
      peakFrom: "20:00",
      peakTo: "22:00",
      ugc: "Members' brewing photos go into the Sunday round-up with a coupon",
    },
    contentReview: {
      steps: [
        { id: "r1", role: "ops-lead", who: "Chen" },
        { id: "r2", role: "brand-manager", who: "Lisa" },
        { id: "r3", role: "legal", who: "Wang" },
      ],
    },
    events: [
      {
        id: "ev1",
        name: "Daily check-in",
        kind: "check-in",
        cadence: "daily",
        description: "Post today's cup",
        followUp: "A weekly leaderboard of the best cups",
      },
      {
        id: "ev2",
        name: "Monthly cupping",
        kind: "meetup",
        cadence: "monthly",
        description: "Taste three beans in store",
        followUp: "Tasting notes pinned in the group",
      },
    ],
    feedback: { channel: "A form in the notice", responseHours: 24 },
    segmentation: {
      tiers: [named("core"), named("active"), named("ordinary"), named("dormant")],
      points: [named("check-in")],
      badges: [named("brewer")],
      coreRoles: [named("guide")],
      wakeUp: "A free-drink coupon by private message after a month of silence",
    },
    referral: {
      mode: "tiered",
      tiers: [
        { id: "t1", invites: 3, reward: "A brewing-class coupon" },
        { id: "t2", invites: 10, reward: "A year of VIP" },
      ],
      antiCheat: true,
      antiCheatMeasures: "An invite counts after the first purchase; one phone number counts once",
      fromWeek: 9,
      adBudgetPerWeek: 3000,
    },
    monetization: {
      model: "product-sales",
      price: 88,
      fromWeek: 12,
      intensity: "light",
      valueFirst: "Two months of free tastings and brewing classes first",
    },
    risk: {
      monitoringHours: 24,
      monitoringWho: "A weekly rota of four, with keyword alerts at night",
      sensitiveAutomated: true,
      sensitiveHuman: true,
      sensitiveProcess: "The filter holds flagged messages and the moderator reviews them",
      escalation: [
        { id: "x1", trigger: "One member complains", action: "The store manager calls them" },
        { id: "x2", trigger: "A food-safety report", action: "The brand manager posts in 30 min" },
      ],
      responseMinutes: 30,
      holdingStatement:
        "We've seen the posts about the cold brew and have paused its sale while we check the batch. If you bought one, message Fang Min. We'll post an update here by 6 pm today.",
      timeline: [
        { id: "tl1", minute: 5, action: "The moderator on duty confirms and calls Fang Min" },
        { id: "tl2", minute: 15, action: "Pause the product and scheduled posts" },
        { id: "tl3", minute: 30, action: "Post the holding statement in every group" },
      ],
      copyrightRegister: true,
      copyrightNote: "A shared sheet of every image and font",
    },
    kpis: [
      { id: "k1", metric: "members", kind: "growth", baseline: 770, target: 10, deadlineWeek: 26 },
      {
        id: "k2",
        metric: "stickiness",
        kind: "at-least",
        baseline: 12,
        target: 20,
        deadlineWeek: 26,
      },
      { id: "k3", metric: "nps", kind: "at-least", baseline: 10, target: 30, deadlineWeek: 52 },
    ],
    kpiReview: "Every Monday we compare new and old members and change one thing",
    team: {
      members: [
        { id: "m1", role: "community-manager", name: "Chen", hoursPerWeek: 40 },
        { id: "m2", role: "moderator", name: "Rota", hoursPerWeek: 10 },
      ],
      sops: [
        {
          id: "s1",
          kind: "publishing",
          name: "Publishing",
          steps: "Pick the topic, draft, review in three levels, push at the peak",
        },
        {
          id: "s2",
          kind: "crisis",
          name: "Crisis",
          steps: "Detect, grade the level, post the statement, review a week later",
        },
      ],
    },
    lifecycle: {
      start: "Seed a hundred gold members and answer every post",
      growth: "Open invitations and split groups by store",
      maturity: "Sell beans and classes to members who trust us",
      decline: "Watch WAU; ask members, test a change, or close with thanks",
    },
  };
  change(input);
  return PlanSchema.parse(input);
}
