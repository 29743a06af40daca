/**
 * The claims, one per rule or effect a module teaches, each in at least three scenarios. Where a
 * module states a rule ("respond within 30 minutes", "seed quality over quantity"), `rule` asks A
 * to beat B seed by seed in most of 200 seeds, far beyond what seed noise gives.
 */
import { leverHours, scenarioLevers, type ReplayResult, type Scenario } from "../../src/sim/index";
import { at, from0, M, type Claim, type Measure, type Set } from "./claims";

const GROWTH = [
  "coffee-members",
  "wechat-parents",
  "discord-indie-game",
  "zsxq-ux-circle",
  "xhs-beauty-creator",
] as const;
const WITH_MONEY = ["coffee-members", "discord-indie-game", "xhs-beauty-creator"] as const;

/** Members lost in each crisis week and the three after it, per member before; null without a crisis. */
const crisisLoss: Measure = {
  label: "members lost around crises (seeds with one)",
  better: "lower",
  of: (r, { other }) => {
    const weeks = r.events.filter((e) => e.id === "pr-crisis").map((e) => e.week);
    if (!weeks.length || !other.events.some((e) => e.id === "pr-crisis")) return null;
    return weeks.reduce((total, week) => {
      const before = r.weeks[week - 2]?.members ?? 1;
      const lost = r.weeks.slice(week - 1, week + 3).reduce((t, w) => t + w.churned, 0);
      return total + lost / before;
    }, 0);
  },
};

const dormantShare: Measure = {
  label: "dormant share at the end",
  better: "lower",
  of: (r) => (r.weeks[r.weeks.length - 1]?.dormant ?? 0) / Math.max(1, r.final.members),
};
const coreShare: Measure = {
  label: "core share at the end",
  better: "higher",
  of: (r) => (r.weeks[r.weeks.length - 1]?.core ?? 0) / Math.max(1, r.final.members),
};
const contributors: Measure = {
  label: "final contributors' share",
  better: "higher",
  of: (r) => r.final.contributorsShare,
};

/** Extra churn per member in the 12 weeks after a monetization push, against the same seeds without it. */
function pushCost(kind: "churn" | "nps"): Measure {
  return {
    label: kind === "churn" ? "extra churn after the push" : "NPS lost after the push",
    better: "lower",
    of: (r, { side, control }) => {
      if (!control) return null;
      const from = side === "a" ? 30 : 2;
      const window = r.weeks.slice(from - 1, from + 11);
      const base = control.weeks.slice(from - 1, from + 11);
      if (kind === "churn") {
        const churn = window.reduce((t, w) => t + w.churned, 0);
        const baseChurn = base.reduce((t, w) => t + w.churned, 0);
        return (churn - baseChurn) / (base.reduce((t, w) => t + w.members, 0) / base.length);
      }
      const avg = (rows: typeof window) => rows.reduce((t, w) => t + w.nps, 0) / rows.length;
      return avg(base) - avg(window);
    },
  };
}

/**
 * A plan that scales the operator's work by `m` (posts, quality, events, replies, care, UGC), for
 * the claims about hours. `hoursFor` finds the m whose week-1 hours are the wanted share of the
 * team's budget.
 */
function work(m: number): Set {
  return {
    postsPerDay: Math.min(10, 2 * m),
    contentQuality: 0.7,
    eventsPerWeek: Math.min(5, Math.round(m * 10) / 10),
    replyCoverage: Math.min(1, 0.5 * m),
    segmentCare: Math.min(1, 0.3 * m),
    ugcRewards: Math.min(1, 0.2 * m),
  };
}
function hoursFor(sc: Scenario, share: number): Set {
  const members =
    sc.start.newcomer + sc.start.ordinary + sc.start.active + sc.start.core + sc.start.dormant;
  const hours = (m: number) =>
    leverHours({ ...scenarioLevers(sc), ...work(m) } as never, sc, members, sc.start.newcomer / 4);
  let lo = 0;
  let hi = 20;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (hours(mid) < share * sc.budget.hoursPerWeek) lo = mid;
    else hi = mid;
  }
  return work(lo);
}

const wauAt = (week: number): Measure => ({
  label: `WAU in week ${week}`,
  better: "higher",
  of: M.at("wau", week),
});

export const CLAIMS: readonly Claim[] = [
  {
    id: "reply-coverage",
    module: 4,
    text: "Answering newcomers raises their return (first reply: 44% → 56%)",
    scenarios: GROWTH,
    weeks: 26,
    a: { label: "reply coverage 0.9", decisions: from0({ replyCoverage: 0.9 }) },
    b: { label: "reply coverage 0.1", decisions: from0({ replyCoverage: 0.1 }) },
    measures: [M.w1, M.w4],
    rule: 0.8,
  },
  {
    id: "post-fatigue",
    module: 5,
    text: "8 posts a day does worse than 4 (3–5 a weekday)",
    scenarios: ["coffee-members", "discord-indie-game", "xhs-beauty-creator"],
    weeks: 26,
    a: { label: "4 posts a day", decisions: from0({ postsPerDay: 4 }) },
    b: { label: "8 posts a day", decisions: from0({ postsPerDay: 8 }) },
    measures: [M.wau, M.nps],
    rule: 0.8,
  },
  {
    id: "events-stickiness",
    module: 6,
    text: "Regular events bring members back more often",
    scenarios: ["coffee-members", "wechat-parents", "discord-indie-game"],
    weeks: 26,
    a: { label: "2 events a week", decisions: from0({ eventsPerWeek: 2 }) },
    b: { label: "no events", decisions: from0({ eventsPerWeek: 0 }) },
    measures: [M.stickiness],
    rule: 0.8,
  },
  {
    id: "ugc-contributors",
    module: 5,
    text: "UGC rewards turn more members into contributors",
    scenarios: ["coffee-members", "discord-indie-game", "xhs-beauty-creator"],
    weeks: 26,
    a: { label: "UGC rewards 0.8", decisions: from0({ ugcRewards: 0.8 }) },
    b: { label: "no UGC rewards", decisions: from0({ ugcRewards: 0 }) },
    measures: [contributors],
    rule: 0.8,
  },
  {
    id: "segment-care",
    module: 7,
    text: "Tiered care keeps members engaged: fewer dormant, more core",
    scenarios: ["coffee-members", "discord-indie-game", "zsxq-ux-circle"],
    weeks: 26,
    a: { label: "segment care 0.8", decisions: from0({ segmentCare: 0.8 }) },
    b: { label: "no segment care", decisions: from0({ segmentCare: 0 }) },
    measures: [dormantShare, coreShare],
    rule: 0.8,
  },
  {
    id: "anti-cheat",
    module: 8,
    text: "Aggressive referral without anti-cheat brings more spam",
    scenarios: WITH_MONEY,
    weeks: 26,
    a: {
      label: "aggressive + anti-cheat",
      decisions: from0({ referral: "aggressive", antiCheat: true }),
    },
    b: {
      label: "aggressive, no anti-cheat",
      decisions: from0({ referral: "aggressive", antiCheat: false }),
    },
    measures: [M.spam],
    rule: 0.8,
  },
  {
    id: "tiered-over-cash",
    module: 8,
    text: "Tiered rewards earn fewer but better members than cash per head",
    scenarios: [...WITH_MONEY, "zsxq-ux-circle"],
    weeks: 52,
    a: { label: "tiered + anti-cheat", decisions: from0({ referral: "tiered", antiCheat: true }) },
    b: {
      label: "aggressive + anti-cheat",
      decisions: from0({ referral: "aggressive", antiCheat: true }),
    },
    measures: [M.w4, M.nps, M.wau],
    rule: 0.8,
  },
  {
    id: "paid-joiners",
    module: 8,
    text: "Paid joiners stay less than organic ones",
    scenarios: WITH_MONEY,
    weeks: 26,
    a: { label: "no ads", decisions: from0({ adBudget: 0 }) },
    b: {
      label: "ads at the money budget",
      decisions: (sc) => [at(0, { adBudget: sc.budget.moneyPerWeek })],
    },
    measures: [M.w4],
    rule: 0.8,
  },
  {
    id: "monetize-after-value",
    module: 9,
    text: "Monetization pushed at week 2 costs more than the same push at week 30",
    scenarios: ["coffee-members", "zsxq-ux-circle", "xhs-beauty-creator"],
    weeks: 42,
    a: {
      label: "push at week 30",
      decisions: () => [at(0, { monetization: 0 }), at(30, { monetization: 0.6 })],
    },
    b: {
      label: "push at week 2",
      decisions: () => [at(0, { monetization: 0 }), at(2, { monetization: 0.6 })],
    },
    control: { label: "no push", decisions: from0({ monetization: 0 }) },
    measures: [pushCost("churn"), pushCost("nps")],
    rule: 0.75,
  },
  {
    id: "rules-spam",
    module: 3,
    text: "Posted, enforced rules with moderation let far less spam through",
    scenarios: WITH_MONEY,
    weeks: 26,
    a: {
      label: "strict rules, 8 h moderation",
      decisions: from0({ rules: "strict", moderationHours: 8 }),
    },
    b: {
      label: "no rules, no moderation",
      decisions: from0({ rules: "none", moderationHours: 0 }),
    },
    measures: [M.spam],
    rule: 0.9,
  },
  {
    id: "moderation-matters",
    module: 10,
    text: "Moderation matched to the community's size beats none on WAU and NPS",
    scenarios: WITH_MONEY,
    weeks: 52,
    a: {
      label: "basic rules, moderation for the size",
      decisions: (sc) => [
        at(0, { rules: "basic", moderationHours: Math.max(2, Math.round(sc.market / 8000)) }),
      ],
    },
    b: {
      label: "basic rules, no moderation",
      decisions: from0({ rules: "basic", moderationHours: 0 }),
    },
    measures: [M.wau, M.nps],
  },
  {
    id: "crisis-30-minutes",
    module: 10,
    text: "A crisis answered within 30 minutes loses fewer members than one answered in 24 hours",
    scenarios: WITH_MONEY,
    weeks: 52,
    a: { label: "30 minutes", decisions: from0({ monetization: 0.8, crisisResponseMinutes: 30 }) },
    b: { label: "24 hours", decisions: from0({ monetization: 0.8, crisisResponseMinutes: 1440 }) },
    measures: [crisisLoss],
    rule: 0.8,
  },
  {
    id: "within-hours",
    module: 13,
    text: "A plan within the team's hours beats the same plan pushed to twice the hours",
    scenarios: GROWTH,
    weeks: 52,
    a: { label: "plan at ~90% of the hours", decisions: (sc) => [at(0, hoursFor(sc, 0.9))] },
    b: { label: "plan at ~200% of the hours", decisions: (sc) => [at(0, hoursFor(sc, 2))] },
    measures: [M.wau, M.nps],
    rule: 0.8,
  },
  {
    id: "transformation-revives",
    module: 12,
    text: "A declining community revived with a new theme and real operating changes regains WAU",
    scenarios: ["rescue-tidelight"],
    weeks: 52,
    a: {
      label: "theme + events and care",
      decisions: () => [at(4, { transform: "theme", eventsPerWeek: 2, segmentCare: 0.4 })],
    },
    b: { label: "nothing changed", decisions: () => [] },
    measures: [wauAt(26), wauAt(52)],
    rule: 0.8,
  },
];

/** The runs behind a claim row, for tests that look closer. */
export type Runs = ReplayResult[];
