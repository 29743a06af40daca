/**
 * A week's outputs, rounded: counts to integers, ratios to 4 decimals, money to whole units.
 * Visits come from each segment's chance of visiting; contributors and posts follow participation
 * inequality (core members write most posts); NPS is promoters minus detractors, each segment's
 * base shares shifted by the week's experience.
 */
import * as P from "../parameters";
import { clamp, round1, round3, round4, sum } from "../math";
import { contributorCount } from "../members";
import type { Levers, SimState, WeekMetrics } from "../types";
import { retentionOf } from "./cohorts";
import type { WeekContext } from "./context";
import type { Conditions, Delivery } from "./delivery";

export interface Flows {
  joins: [number, number, number];
  churned: number;
  referral: number;
  kFactor: number;
  spamIncidents: number;
  revenueWeek: number;
  spentWeek: number;
  hoursUsed: number;
  hoursBudget: number;
}

type BySegment = {
  newcomer: number;
  ordinary: number;
  active: number;
  core: number;
  dormant: number;
};

/** Expected visitors: members of each segment times their chance to visit (capped at 1). */
function visits(n: BySegment, chance: BySegment, mult: number): number {
  return (
    n.newcomer * Math.min(1, chance.newcomer * mult) +
    n.ordinary * Math.min(1, chance.ordinary * mult) +
    n.active * Math.min(1, chance.active * mult) +
    n.core * Math.min(1, chance.core * mult) +
    n.dormant * Math.min(1, chance.dormant * mult)
  );
}

/** Rounded outputs of a state. */
export function measure(
  s: SimState,
  levers: Levers,
  d: Delivery,
  cond: Conditions,
  flows: Flows,
  npsShift: number,
): WeekMetrics {
  const sc = s.scenario;
  const plat = P.PLATFORMS[sc.platform];
  let newcomer = 0;
  for (const bucket of s.newcomers) newcomer += sum(bucket);
  const ordinary = sum(s.ordinary);
  const active = sum(s.active);
  const core = sum(s.core);
  const dormant = sum(s.dormant);
  const members = newcomer + ordinary + active + core + dormant;
  const counts = { newcomer, ordinary, active, core, dormant };

  const dayMult =
    plat.dau *
    (1 + P.ACTIVITY.events * d.evPull + P.ACTIVITY.content * (d.cv - 0.3)) *
    cond.springDau *
    cond.policyDau;
  const weekMult = (1 + 0.5 * P.ACTIVITY.events * d.evPull) * cond.springWau;
  const V = P.VISIT;
  const mau = Math.round(visits(counts, V.month, 1));
  const wau = Math.min(Math.round(visits(counts, V.week, weekMult)), mau);
  const dau = Math.min(Math.round(visits(counts, V.day, dayMult)), wau);

  const contributors = contributorCount(newcomer, ordinary, active, core, d.ugcEff);
  const ppm = P.POSTS_PER_MEMBER;
  let memberPosts =
    newcomer * ppm.newcomer + ordinary * ppm.ordinary + active * ppm.active + core * ppm.core;
  memberPosts *= (1 + P.POSTS_UGC * d.ugcEff) * (1 + P.POSTS_EVENTS * d.evPull) * cond.springDau;
  const postsPerDay = levers.postsPerDay + memberPosts;
  const messagesPerDay =
    postsPerDay * P.MESSAGES.perPost +
    dau * P.MESSAGES.perVisitor +
    (levers.eventsPerWeek * P.MESSAGES.perEvent) / 7;

  // NPS: promoters minus detractors, each segment's base shares shifted by this week's experience.
  const shift = clamp(npsShift, -P.NPS.maxShift, P.NPS.maxShift);
  let weight = 0;
  let promoters = 0;
  let detractors = 0;
  for (const seg of P.SEGMENTS) {
    const w = counts[seg] * (seg === "dormant" ? P.NPS.dormantWeight : 1);
    let pr = Math.min(1, P.NPS.promoters[seg] * (1 + shift));
    const de = Math.min(1, P.NPS.detractors[seg] * (1 - shift));
    if (pr + de > 1) pr = 1 - de;
    weight += w;
    promoters += w * pr;
    detractors += w * de;
  }
  const nps = weight > 0 ? Math.round((100 * (promoters - detractors)) / weight) : 0;

  const retention = retentionOf(s.cohorts, s.week);
  return {
    week: s.week,
    stage: s.stage,
    members,
    joins: flows.joins[0] + flows.joins[1] + flows.joins[2],
    joinsOrganic: flows.joins[0],
    joinsReferral: flows.joins[1],
    joinsPaid: flows.joins[2],
    churned: flows.churned,
    newcomer,
    ordinary,
    active,
    core,
    dormant,
    dau,
    wau,
    mau,
    stickiness: mau > 0 ? round4(dau / mau) : 0,
    retentionW1: retention[0],
    retentionW4: retention[1],
    retentionW12: retention[2],
    contributorsShare: members > 0 ? round4(contributors / members) : 0,
    postsPerDay: round1(postsPerDay),
    messagesPerDay: round1(messagesPerDay),
    kFactor: round3(flows.kFactor),
    spamIncidents: flows.spamIncidents,
    nps,
    revenueWeek: flows.revenueWeek,
    revenue: s.totals.revenue,
    spentWeek: flows.spentWeek,
    spent: s.totals.spent,
    hoursUsed: round1(flows.hoursUsed),
    hoursBudget: round1(flows.hoursBudget),
  };
}

/**
 * The K factor as generations (module 8: how many new members each member brings): referral
 * joins of the last 4 weeks per joiner of the 4 weeks before them, who did most of the inviting.
 * Before week 1 the history holds the starting newcomers spread over their 4 weeks, so week 1
 * reads the invitations actually sent in week 1 against the members who joined just before.
 */
function kFactorOf(s: SimState, prev: SimState, joins: number, referral: number): number {
  s.joinHistory = [...prev.joinHistory.slice(1), joins];
  s.referralHistory = [...prev.referralHistory.slice(1), referral];
  let invited = 0;
  for (const r of s.referralHistory) invited += r;
  let inviters = 0;
  for (let i = 0; i < 4; i++) inviters += s.joinHistory[i] ?? 0;
  return invited / Math.max(1, inviters);
}

/** The norm drifts toward the share of members who take part (parameters.NORM). */
function updateNorm(s: SimState, m: WeekMetrics): void {
  const share = m.members > 0 ? (m.active + m.core) / m.members : 0;
  s.norm += P.NORM.weight * (share - s.norm);
}

/** This week's NPS shift and outputs, from what the phases before found. */
export function measureWeek(w: WeekContext): WeekMetrics {
  const { s, levers, d, fx, prev } = w;
  const npsShift =
    P.NPS.content * (d.cv - 0.3) +
    P.NPS.events * d.evPull +
    P.NPS.care * d.careEff -
    P.NPS.monetize * w.monetPenalty -
    P.GRIEVANCE.nps * s.grievance -
    P.NPS.commerce * levers.monetization * levers.monetization -
    (P.SPAM_LOAD.nps / 100) * s.spamLoad -
    (w.crisisActive ? (P.CRISIS.nps / 100) * fx.crisisDamage : 0) -
    P.NPS.fatigue * w.fatigue -
    P.NPS.burnout * s.burnout -
    P.HUNTERS.dilutionNps * Math.min(P.HUNTERS.dilutionMax, w.dilution);
  const flows: Flows = {
    joins: w.joins,
    churned: w.churned,
    referral: w.referral,
    kFactor: kFactorOf(s, prev, w.joinsTotal - w.seeded, w.referral),
    spamIncidents: w.spamIncidents,
    revenueWeek: w.revenueWeek,
    spentWeek: w.spentWeek,
    hoursUsed: w.hoursUsed,
    hoursBudget: w.hoursAvailable,
  };
  s.lastJoins = w.joinsTotal;
  s.lastReferralJoins = w.referral;
  s.ageWeeks += 1;
  const metrics = measure(s, levers, d, w.cond, flows, npsShift);
  updateNorm(s, metrics);
  return metrics;
}
