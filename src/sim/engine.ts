/**
 * The growth engine: `init` builds the starting state, `step` advances one week, `summarize`
 * reads the outputs a run is judged on. Pure functions over plain data; every figure comes from
 * parameters.ts. The weekly order (shared/SIM.md): world events are drawn, hours and money are
 * budgeted, then joins, moves between segments, churn, incidents (spam), metrics and stage.
 */
import * as P from "./parameters";
import { makeEvent, type EventId } from "./events";
import { chainHash, genesisHash } from "./hash";
import { defaultLevers } from "./defaults";
import { binomial, streamFor, type Uniform } from "./rng";
import { detectStage } from "./stage";
import type {
  Cohorts,
  Effects,
  Final,
  Levers,
  Scenario,
  SimEvent,
  SimState,
  WeekMetrics,
} from "./types";

const SOURCE_COUNT = 3;
const REFERRAL_SOURCE = 1;

const sum = (xs: readonly number[]): number => {
  let t = 0;
  for (let i = 0; i < xs.length; i++) t += xs[i] ?? 0;
  return t;
};
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round4 = (x: number): number => Math.round(x * 10000) / 10000;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const round1 = (x: number): number => Math.round(x * 10) / 10;
const sat = (x: number, half: number): number => (x > 0 ? x / (x + half) : 0);

/** The scenario's starting levers: LEVERS' defaults with the scenario's own on top. */
export function scenarioLevers(scenario: Scenario): Levers {
  return { ...defaultLevers(), ...(scenario.levers as Partial<Levers>), transform: "none" };
}

/** Members in every compartment. */
export function memberCount(s: SimState): number {
  let t = sum(s.ordinary) + sum(s.active) + sum(s.core) + sum(s.dormant);
  for (const bucket of s.newcomers) t += sum(bucket);
  return t;
}

/** Contributors among members (participation inequality, parameters.CONTRIBUTE). */
function contributorCount(
  newcomers: number,
  ordinary: number,
  active: number,
  core: number,
  ugcEff: number,
): number {
  const c = P.CONTRIBUTE;
  const raw =
    newcomers * c.newcomer +
    ordinary * c.ordinary * (1 + c.ugc * ugcEff) +
    active * c.active +
    core * c.core;
  return Math.min(raw, newcomers + ordinary + active + core);
}

/** What the levers deliver this week once hours, burnout and money are accounted for. */
interface Delivery {
  exec: number;
  quality: number;
  cv: number;
  evPull: number;
  ugcEff: number;
  careEff: number;
  replyEff: number;
  funded: number;
}

function deliver(
  levers: Levers,
  scenario: Scenario,
  exec: number,
  funded: number,
  themeBoost: number,
): Delivery {
  const typ = P.TYPES[scenario.communityType];
  const quality = levers.contentQuality * exec;
  const contentPull = sat(levers.postsPerDay, P.CONTENT_HALF);
  const cv = Math.min(
    1,
    contentPull * (P.CONTENT_QUALITY.floor + P.CONTENT_QUALITY.weight * quality) * typ.content +
      themeBoost,
  );
  const evPull = Math.min(1, sat(levers.eventsPerWeek, P.EVENTS_HALF) * exec * typ.events);
  const ugcEff = Math.min(
    1,
    levers.ugcRewards * (0.5 + 0.5 * funded) * typ.ugc * (0.5 + 0.5 * exec),
  );
  return {
    exec,
    quality,
    cv,
    evPull,
    ugcEff,
    careEff: levers.segmentCare * exec,
    replyEff: levers.replyCoverage * exec,
    funded,
  };
}

interface Conditions {
  springDau: number;
  springWau: number;
  policyDau: number;
}

interface Flows {
  joins: [number, number, number];
  churned: number;
  referral: number;
  lastJoins: number;
  spamIncidents: number;
  revenueWeek: number;
  spentWeek: number;
  hoursUsed: number;
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
function measure(
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
    kFactor: round3(flows.referral / Math.max(1, flows.lastJoins)),
    spamIncidents: flows.spamIncidents,
    nps,
    revenueWeek: flows.revenueWeek,
    revenue: s.totals.revenue,
    spentWeek: flows.spentWeek,
    spent: s.totals.spent,
    hoursUsed: round1(flows.hoursUsed),
    hoursBudget: sc.budget.hoursPerWeek,
  };
}

/** Layout of SimState.cohorts: six numbers per cohort. */
const COHORT = { stride: 6, week: 0, size: 1, engaged: 2, at1: 3, at4: 4, at12: 5 } as const;
const SNAPSHOTS = [
  [1, COHORT.at1],
  [4, COHORT.at4],
  [12, COHORT.at12],
] as const;

/** Pooled retention of the cohorts whose 1-, 4- and 12-week snapshot fell in the last weeks. */
function retentionOf(
  cohorts: Cohorts,
  week: number,
): [number | null, number | null, number | null] {
  const out: [number | null, number | null, number | null] = [null, null, null];
  for (let i = 0; i < 3; i++) {
    const [age, slot] = SNAPSHOTS[i] ?? SNAPSHOTS[0];
    let size = 0;
    let kept = 0;
    for (let c = 0; c < cohorts.length; c += COHORT.stride) {
      const taken = (cohorts[c + COHORT.week] ?? 0) + age - 1;
      const at = cohorts[c + slot] ?? -1;
      if (taken > week || taken <= week - P.RETENTION_POOL_WEEKS || at < 0) continue;
      size += cohorts[c + COHORT.size] ?? 0;
      kept += at;
    }
    out[i] = size > 0 ? round4(kept / size) : null;
  }
  return out;
}

const NO_EFFECTS: Effects = {
  competitorWeeks: 0,
  policyWeeks: 0,
  crisisWeeks: 0,
  crisisDamage: 0,
  transformWeeks: 0,
  transformKind: "none",
  lastTransformWeek: -1000,
  modelTransformed: false,
  crowdLapseWeeks: 0,
};

/** The starting state of a scenario under a seed (week 0). */
export function init(scenario: Scenario, seed: number): SimState {
  const st = scenario.start;
  const third = Math.floor(st.newcomer / 3);
  const newcomers = [
    [0, 0, 0],
    [st.newcomer - 2 * third, 0, 0],
    [third, 0, 0],
    [third, 0, 0],
  ];
  const members = st.newcomer + st.ordinary + st.active + st.core + st.dormant;
  const state: SimState = {
    modelVersion: P.MODEL_VERSION,
    scenario,
    seed,
    week: 0,
    newcomers,
    ordinary: [st.ordinary, 0, 0],
    active: [st.active, 0, 0],
    core: [st.core, 0, 0],
    dormant: [st.dormant, 0, 0],
    cohorts: [],
    reached: Math.max(st.reached ?? members, members),
    market: scenario.market,
    ageWeeks: scenario.ageWeeks,
    valueStock: st.value,
    burnout: 0,
    effects: { ...NO_EFFECTS },
    lastJoins: Math.round(st.newcomer / P.NEWCOMER_WEEKS),
    lastReferralJoins: 0,
    spamLoad: 0,
    stage: st.stage,
    stageSince: 0,
    growthEma: 0,
    flags: { observed: 0, growth: 0, mature: 0, decline: 0 },
    peakWau: 0,
    recentWau: [],
    stages: [{ stage: st.stage, fromWeek: 0 }],
    alerts: [],
    totals: { revenue: 0, spent: 0, spamIncidents: 0, joins: 0, churned: 0 },
    metrics: undefined as unknown as WeekMetrics,
    events: [],
    hash: genesisHash(P.MODEL_VERSION, scenario.id, seed),
  };
  const levers = scenarioLevers(scenario);
  const d = deliver(levers, scenario, 1, 1, 0);
  const flows: Flows = {
    joins: [0, 0, 0],
    churned: 0,
    referral: 0,
    lastJoins: 0,
    spamIncidents: 0,
    revenueWeek: 0,
    spentWeek: 0,
    hoursUsed: 0,
  };
  state.metrics = measure(state, levers, d, { springDau: 1, springWau: 1, policyDau: 1 }, flows, 0);
  state.peakWau = Math.max(st.peakWau ?? 0, state.metrics.wau);
  state.recentWau = [state.metrics.wau];
  return state;
}

function copyEffects(e: Effects): Effects {
  return {
    competitorWeeks: e.competitorWeeks,
    policyWeeks: e.policyWeeks,
    crisisWeeks: e.crisisWeeks,
    crisisDamage: e.crisisDamage,
    transformWeeks: e.transformWeeks,
    transformKind: e.transformKind,
    lastTransformWeek: e.lastTransformWeek,
    modelTransformed: e.modelTransformed,
    crowdLapseWeeks: e.crowdLapseWeeks,
  };
}

/**
 * A copy of a state that `step` may change; listed field by field so every state has one shape.
 * Arrays step replaces rather than edits (newcomers, cohorts, stages, alerts, recent WAU) are
 * shared with the previous state.
 */
function copyState(prev: SimState): SimState {
  return {
    modelVersion: prev.modelVersion,
    scenario: prev.scenario,
    seed: prev.seed,
    week: prev.week,
    // Read only: step builds the new buckets from scratch.
    newcomers: prev.newcomers,
    ordinary: prev.ordinary.slice(),
    active: prev.active.slice(),
    core: prev.core.slice(),
    dormant: prev.dormant.slice(),
    cohorts: prev.cohorts,
    reached: prev.reached,
    market: prev.market,
    ageWeeks: prev.ageWeeks,
    valueStock: prev.valueStock,
    burnout: prev.burnout,
    effects: copyEffects(prev.effects),
    lastJoins: prev.lastJoins,
    lastReferralJoins: prev.lastReferralJoins,
    spamLoad: prev.spamLoad,
    stage: prev.stage,
    stageSince: prev.stageSince,
    growthEma: prev.growthEma,
    flags: prev.flags,
    peakWau: prev.peakWau,
    recentWau: prev.recentWau,
    stages: prev.stages,
    alerts: prev.alerts,
    totals: {
      revenue: prev.totals.revenue,
      spent: prev.totals.spent,
      spamIncidents: prev.totals.spamIncidents,
      joins: prev.totals.joins,
      churned: prev.totals.churned,
    },
    metrics: prev.metrics,
    events: [],
    hash: prev.hash,
  };
}

/** Calendar week of the year (1–52) of a simulated week. */
function calendarWeek(scenario: Scenario, week: number): number {
  return ((scenario.startWeekOfYear - 1 + week - 1) % 52) + 1;
}

function isSpring(scenario: Scenario, week: number): boolean {
  return week >= 1 && P.EVENTS.spring.weeks.includes(calendarWeek(scenario, week));
}

/** Scratch for `draws`: overwritten by every call, read right after (keeps the hot loop allocation-free). */
const drawn = [0, 0, 0, 0];

/**
 * Sequential conditional binomials: how many of n take each of up to four outflows with the
 * given probabilities (a multinomial draw), written to `drawn`. Probabilities are scaled down
 * together if they sum to more than 0.95. A zero probability draws no random number.
 */
function draws(rng: Uniform, n: number, p1: number, p2: number, p3: number, p4: number): void {
  const total = p1 + p2 + p3 + p4;
  const k = total > 0.95 ? 0.95 / total : 1;
  const a = p1 * k;
  const b = p2 * k;
  const c = p3 * k;
  const x1 = a > 0 ? binomial(rng, n, a) : 0;
  const x2 = b > 0 ? binomial(rng, n - x1, b / (1 - a)) : 0;
  const x3 = c > 0 ? binomial(rng, n - x1 - x2, c / (1 - a - b)) : 0;
  const x4 = p4 > 0 ? binomial(rng, n - x1 - x2 - x3, (p4 * k) / (1 - a - b - c)) : 0;
  drawn[0] = x1;
  drawn[1] = x2;
  drawn[2] = x3;
  drawn[3] = x4;
}

/** An event's size, 0.6–1.4×, from a uniform. */
function magnitude(u: number): number {
  return P.EVENTS.magnitudeMin + P.EVENTS.magnitudeSpan * u;
}

/** Adds an event to this week's log. */
function logEvent(events: SimEvent[], id: EventId, week: number): void {
  events.push(makeEvent(id, week));
}

/** Logs an alert when it comes on (once), and forgets it when it goes off. */
function toggleAlert(
  s: SimState,
  events: SimEvent[],
  week: number,
  id: EventId,
  on: boolean,
): void {
  const had = s.alerts.includes(id);
  if (on && !had) {
    s.alerts = [...s.alerts, id];
    logEvent(events, id, week);
  } else if (!on && had) s.alerts = s.alerts.filter((a) => a !== id);
}

/** One week on: returns the new state; `prev` is not touched. */
export function step(prev: SimState, levers: Levers): SimState {
  const s = copyState(prev);
  const sc = s.scenario;
  const plat = P.PLATFORMS[sc.platform];
  const typ = P.TYPES[sc.communityType];
  const week = prev.week + 1;
  s.week = week;
  const fx = s.effects;
  const events: SimEvent[] = [];

  const membersPrev = memberCount(prev);
  const dormantPrev = sum(prev.dormant);
  const engagedPrev = membersPrev - dormantPrev;
  const contributorsPrev = prev.metrics.contributorsShare * membersPrev;

  // ── World: a fixed number of uniforms from the events stream, whatever the decisions ──
  const re = streamFor(s.seed, "events", week);
  const uSpam = re();
  const uSpamSize = re();
  const uCrisis = re();
  const uCrisisSize = re();
  const uViral = re();
  const uViralSize = re();
  const uCompetitor = re();
  const uPolicy = re();
  const spamWave = uSpam < P.EVENTS.spamWave.chance * plat.spam;
  let spamWaveAttempts = 0;
  if (spamWave) {
    spamWaveAttempts = Math.round(
      (P.EVENTS.spamWave.attemptsBase + P.EVENTS.spamWave.attemptsPerMember * membersPrev) *
        magnitude(uSpamSize),
    );
    logEvent(events, "spam-wave", week);
  }
  const crisisChance =
    (P.EVENTS.crisis.chance + P.EVENTS.crisis.perMonetization * levers.monetization) * typ.crisis;
  const crisisNow = uCrisis < crisisChance;
  const viralChance =
    (P.EVENTS.viral.chance + P.EVENTS.viral.perQuality * levers.contentQuality) * plat.viral;
  const viralNow = uViral < viralChance;
  if (uCompetitor < P.EVENTS.competitor.chance) {
    if (fx.competitorWeeks === 0) logEvent(events, "competitor-launch", week);
    fx.competitorWeeks = P.EVENTS.competitor.weeks;
  }
  if (uPolicy < P.EVENTS.policy.chance) {
    if (fx.policyWeeks === 0) logEvent(events, "policy-change", week);
    fx.policyWeeks = P.EVENTS.policy.weeks;
  }
  const spring = isSpring(sc, week);
  if (spring && !isSpring(sc, week - 1)) logEvent(events, "spring-festival", week);
  const cn = sc.region === "cn";
  const springJoins = spring ? (cn ? P.EVENTS.spring.joins : P.EVENTS.spring.intlJoins) : 1;
  const cond: Conditions = {
    springDau: spring ? (cn ? P.EVENTS.spring.dau : P.EVENTS.spring.intlDau) : 1,
    springWau: spring ? (cn ? P.EVENTS.spring.wau : P.EVENTS.spring.intlWau) : 1,
    policyDau: fx.policyWeeks > 0 ? P.EVENTS.policy.dau : 1,
  };

  // ── Transformation (one-off action) ──
  let transformed: Levers["transform"] = "none";
  if (levers.transform !== "none") {
    if (week - fx.lastTransformWeek < P.TRANSFORM.cooldown)
      logEvent(events, "transform-cooldown", week);
    else {
      transformed = levers.transform;
      fx.transformKind = transformed;
      fx.transformWeeks = P.TRANSFORM.boostWeeks;
      fx.lastTransformWeek = week;
      logEvent(events, `transform-${transformed}`, week);
      s.peakWau = prev.metrics.wau;
      s.recentWau = [prev.metrics.wau];
      if (transformed === "theme") s.ageWeeks = 0;
      if (transformed === "model") fx.modelTransformed = true;
      if (transformed === "crowd") {
        s.market += Math.round(P.TRANSFORM.crowd.market * sc.market);
        fx.crowdLapseWeeks = P.TRANSFORM.crowd.lapseWeeks;
      }
    }
  }
  const boosting = fx.transformWeeks > 0 ? fx.transformKind : "none";

  // ── Hours and burnout ──
  const H = P.HOURS;
  const groups = plat.groupSize > 0 ? Math.max(1, Math.ceil(membersPrev / plat.groupSize)) : 1;
  const inTail =
    fx.transformWeeks > 0 &&
    transformed === "none" &&
    fx.transformWeeks > P.TRANSFORM.boostWeeks - 6;
  const hoursUsed =
    levers.postsPerDay * 7 * (H.postBase + H.postQuality * levers.contentQuality) +
    (levers.ugcRewards > 0 ? levers.ugcRewards * (H.ugcBase + H.ugcPerMember * membersPrev) : 0) +
    levers.eventsPerWeek * H.perEvent * typ.eventHours +
    levers.replyCoverage * (H.replyBase + H.replyPerJoin * prev.lastJoins) +
    H.rules[levers.rules] +
    (levers.rules === "strict" ? H.strictPerMember * membersPrev : 0) +
    levers.moderationHours +
    P.REFERRAL[levers.referral].hours +
    (levers.antiCheat && levers.referral !== "off" ? P.ANTI_CHEAT_HOURS : 0) +
    (levers.adBudget > 0 ? P.AD_HOURS_BASE + (P.AD_HOURS_PER_5000 * levers.adBudget) / 5000 : 0) +
    levers.segmentCare * (H.careBase + H.carePerMember * membersPrev) +
    (levers.monetization > 0
      ? levers.monetization * (H.monetizationBase + H.monetizationPerMember * membersPrev)
      : 0) +
    Math.min(H.crisisStandbyMax, H.crisisStandbyK / levers.crisisResponseMinutes) +
    (crisisNow ? H.crisisHandling : 0) +
    H.adminBase +
    H.adminPerMember * membersPrev +
    (groups - 1) * H.perExtraGroup +
    (transformed !== "none" ? H.transformWeek : inTail ? H.transformTail : 0);
  const budget = sc.budget.hoursPerWeek;
  const load = hoursUsed / budget;
  s.burnout =
    load > 1
      ? Math.min(P.BURNOUT.max, s.burnout + (load - 1) * P.BURNOUT.build)
      : s.burnout * P.BURNOUT.recover;
  const exec = Math.min(1, budget / hoursUsed) / (1 + s.burnout);
  toggleAlert(s, events, week, "burnout", load > P.BURNOUT.alertLoad);

  // ── Money ──
  const eco = sc.economics;
  const rewardPerJoin = eco.referralReward * P.REFERRAL[levers.referral].rewardShare;
  const ugcMoney = levers.ugcRewards * eco.ugcPrize * contributorsPrev;
  const wanted = levers.adBudget + prev.lastReferralJoins * rewardPerJoin + ugcMoney;
  const funded = wanted > 0 ? Math.min(1, sc.budget.moneyPerWeek / wanted) : 1;
  toggleAlert(s, events, week, "money-short", funded < 0.99);
  const adSpend = levers.adBudget * funded;

  const themeBoost = boosting === "theme" ? P.TRANSFORM.theme.content : 0;
  const d = deliver(levers, sc, exec, funded, themeBoost);
  const gravity = sat(contributorsPrev, P.GRAVITY_HALF);

  // ── Crisis ──
  if (crisisNow) {
    const t = levers.crisisResponseMinutes * (1 + s.burnout);
    const damage =
      (P.CRISIS.floor + ((1 - P.CRISIS.floor) * t) / (t + P.CRISIS.half)) * magnitude(uCrisisSize);
    fx.crisisDamage = damage;
    fx.crisisWeeks = 1 + Math.round(P.CRISIS.tailWeeksPerDamage * damage);
    logEvent(events, "pr-crisis", week);
  }
  const crisisActive = fx.crisisWeeks > 0;
  const crisisJoins = crisisActive ? Math.max(0, 1 - P.CRISIS.joins * fx.crisisDamage) : 1;

  // ── Joins ──
  const rj = streamFor(s.seed, "joins", week);
  const appeal =
    P.APPEAL.floor +
    P.APPEAL.content * d.cv +
    P.APPEAL.gravity * gravity +
    P.APPEAL.events * d.evPull;
  const pull = P.PULL_FLOOR + gravity;
  const policyReach = fx.policyWeeks > 0 ? P.EVENTS.policy.reach : 1;
  const competitorJoins = fx.competitorWeeks > 0 ? P.EVENTS.competitor.joins : 1;
  const crowdReach = boosting === "crowd" ? P.TRANSFORM.crowd.reach : 1;
  const reachEff =
    plat.reach * sc.reach * policyReach * springJoins * competitorJoins * crisisJoins * crowdReach;
  const remaining = Math.max(0, s.market - s.reached);
  const wordOfMouth = (engagedPrev + P.DORMANT_WORD_OF_MOUTH * dormantPrev) / s.market;
  const pOrganic = Math.min(
    0.5,
    (P.BASS_P_WEEK + P.BASS_Q_WEEK * wordOfMouth * pull) * reachEff * appeal,
  );
  let organic = binomial(rj, remaining, pOrganic);
  if (viralNow) {
    const pViral =
      P.EVENTS.viral.shareOfMarket *
      magnitude(uViralSize) *
      plat.viral *
      sc.reach *
      (0.5 + levers.contentQuality) *
      springJoins;
    organic += binomial(rj, remaining - organic, Math.min(0.5, pViral));
    logEvent(events, "viral-post", week);
  }

  const ref = P.REFERRAL[levers.referral];
  let referral = 0;
  if (levers.referral !== "off") {
    let engagedNew = 0;
    for (const bucket of prev.newcomers) engagedNew += sum(bucket);
    const inviters =
      engagedNew * P.INVITER_WEIGHT.newcomer +
      sum(prev.ordinary) * P.INVITER_WEIGHT.ordinary +
      sum(prev.active) * P.INVITER_WEIGHT.active +
      sum(prev.core) * P.INVITER_WEIGHT.core;
    const incentive =
      rewardPerJoin > 0 ? P.REFERRAL_UNFUNDED_SHARE + (1 - P.REFERRAL_UNFUNDED_SHARE) * funded : 1;
    const invites = Math.round(inviters * ref.invites * incentive * (remaining / s.market));
    const conversion =
      ref.conversion *
      typ.referral *
      Math.min(1, appeal) *
      (levers.antiCheat ? P.ANTI_CHEAT_CONVERSION : 1) *
      springJoins *
      crisisJoins;
    referral = binomial(rj, invites, Math.min(0.95, conversion));
  }

  const effSpend = adSpend / (1 + adSpend / eco.adSaturation);
  const cac = eco.cac * (fx.policyWeeks > 0 ? P.EVENTS.policy.cac : 1);
  const paidMean = (effSpend / cac) * Math.sqrt(remaining / s.market) * springJoins * crisisJoins;
  let paid = binomial(rj, Math.round(paidMean / 0.8), 0.8);

  if (plat.paywall < 1) {
    organic = binomial(rj, organic, plat.paywall);
    referral = binomial(rj, referral, plat.paywall);
  }
  if (plat.friction) {
    const fill = membersPrev - (groups - 1) * plat.groupSize;
    const f = fill > 100 ? plat.friction.past100 : fill > 40 ? plat.friction.past40 : 1;
    if (f < 1) {
      organic = binomial(rj, organic, f);
      referral = binomial(rj, referral, f);
    }
  }
  const capacity = plat.groupSize > 0 ? plat.groupSize * sc.maxGroups : Number.POSITIVE_INFINITY;
  const room = Math.max(0, capacity - membersPrev);
  const wantedJoins = organic + referral + paid;
  toggleAlert(s, events, week, "group-full", wantedJoins > room);
  if (wantedJoins > room) {
    const keepReferral = Math.floor((referral * room) / wantedJoins);
    const keepPaid = Math.floor((paid * room) / wantedJoins);
    organic = room - keepReferral - keepPaid;
    referral = keepReferral;
    paid = keepPaid;
  }
  const fakeShare = levers.antiCheat ? ref.fakeShareAntiCheat : ref.fakeShare;
  // The personas stream is only opened when there are referral joiners to look at.
  const fakes =
    referral > 0 && fakeShare > 0
      ? binomial(streamFor(s.seed, "personas", week), referral, fakeShare)
      : 0;
  const joins: [number, number, number] = [organic, referral, paid];
  const joinsTotal = organic + referral + paid;
  s.reached += joinsTotal - fakes;

  // ── Pressures on everyone this week ──
  const over = Math.max(0, levers.postsPerDay - P.FATIGUE.from);
  const fatigue =
    (P.FATIGUE.linear * over + P.FATIGUE.square * over * over) *
      (1 - P.FATIGUE.qualityRelief * d.quality) +
    Math.max(0, levers.eventsPerWeek - P.EVENT_FATIGUE.from) * P.EVENT_FATIGUE.perEvent;
  const readiness = s.valueStock / (s.valueStock + P.VALUE_READY_HALF);
  const tolerance = typ.tolerance + (fx.modelTransformed ? P.TRANSFORM.model.tolerance : 0);
  const monetPenalty = levers.monetization * Math.max(0, P.MONETIZE.ready - readiness - tolerance);
  const commerce = P.MONETIZE.commerce * levers.monetization * levers.monetization;
  const crisisTail = crisisActive && !crisisNow ? P.CRISIS.tailLapse * fx.crisisDamage : 0;
  const ageFatigue = Math.min(
    P.AGE_FATIGUE.max,
    (Math.max(0, s.ageWeeks - P.AGE_FATIGUE.fromWeek) / 52) * P.AGE_FATIGUE.perYear,
  );
  const pressure =
    fatigue +
    P.MONETIZE.lapse * monetPenalty +
    commerce +
    P.SPAM_LOAD.lapse * prev.spamLoad +
    crisisTail +
    (fx.competitorWeeks > 0 ? P.EVENTS.competitor.lapse : 0) +
    (fx.crowdLapseWeeks > 0 ? P.TRANSFORM.crowd.lapse : 0) +
    ageFatigue;
  // Members a crisis drives away this week leave outright (they do not just go quiet).
  const crisisDamageNow = crisisNow ? fx.crisisDamage : 0;
  const crisisHit = P.CRISIS.leave;
  const bond = typ.bond * plat.bond;
  const promoteBoost = boosting === "model" ? P.TRANSFORM.model.promote : 1;

  // ── Moves ──
  const rm = streamFor(s.seed, "moves", week);
  let churned = 0;
  const leaveShare = plat.leaveShare;

  // Graduation: newcomers who have had their four newcomer weeks become regulars.
  const graduating = s.newcomers[3] ?? [0, 0, 0];
  const gradActive =
    P.GRADUATE_ACTIVE.base + P.GRADUATE_ACTIVE.ugc * d.ugcEff + P.GRADUATE_ACTIVE.events * d.evPull;
  const ordinary = s.ordinary;
  const active = s.active;
  const core = s.core;
  const dormant = s.dormant;
  const inOrdinary = [0, 0, 0];
  const inActive = [0, 0, 0];
  const inDormant = [0, 0, 0];

  // First return of this week's joiners.
  const needHalf = P.MODERATION_NEED.base + membersPrev / P.MODERATION_NEED.perMembers;
  const heavyHand = Math.min(
    P.HEAVY_HAND.max,
    P.HEAVY_HAND.perHour * Math.max(0, levers.moderationHours - 2 * needHalf),
  );
  const firstReturnBase =
    P.FIRST_RETURN_BASE +
    P.FIRST_RETURN_REPLY * d.replyEff +
    P.FIRST_RETURN_RULES[levers.rules] +
    P.FIRST_RETURN_CONTENT * (d.cv - 0.3) +
    P.FIRST_RETURN_GRAVITY * (gravity - 0.5) +
    P.FIRST_RETURN_EVENTS * d.evPull +
    plat.newcomer -
    heavyHand -
    P.SPAM_LOAD.firstReturn * prev.spamLoad -
    pressure -
    crisisHit.newcomer * crisisDamageNow;
  const fresh = [0, 0, 0];
  for (let src = 0; src < SOURCE_COUNT; src++) {
    const n = joins[src] ?? 0;
    const fake = src === REFERRAL_SOURCE ? fakes : 0;
    const r1 = clamp(
      firstReturnBase +
        P.FIRST_RETURN_SOURCE[P.SOURCES[src] ?? "organic"] -
        (src === REFERRAL_SOURCE && levers.referral === "aggressive"
          ? P.AGGRESSIVE_JOINER_PENALTY
          : 0),
      P.FIRST_RETURN_MIN,
      P.FIRST_RETURN_MAX,
    );
    const returned = binomial(rm, n - fake, r1);
    const gone = n - returned;
    const leave = binomial(rm, gone, leaveShare);
    churned += leave;
    inDormant[src] = (inDormant[src] ?? 0) + gone - leave;
    fresh[src] = returned;
  }

  // Newcomers in weeks 2–4.
  const newcomerLapse = clamp(
    P.NEWCOMER_LAPSE.base -
      P.NEWCOMER_LAPSE.reply * d.replyEff -
      P.NEWCOMER_LAPSE.events * d.evPull -
      P.NEWCOMER_LAPSE.care * d.careEff +
      pressure,
    P.NEWCOMER_LAPSE.min,
    P.NEWCOMER_LAPSE.max,
  );
  const aged: number[][] = [fresh, [0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let age = 0; age < 3; age++) {
    const bucket = s.newcomers[age] ?? [0, 0, 0];
    const next = aged[age + 1] ?? [0, 0, 0];
    for (let src = 0; src < SOURCE_COUNT; src++) {
      const n = bucket[src] ?? 0;
      draws(
        rm,
        n,
        Math.min(0.9, newcomerLapse * P.LAPSE_SOURCE[P.SOURCES[src] ?? "organic"]),
        crisisHit.newcomer * crisisDamageNow,
        0,
        0,
      );
      const lapsed = drawn[0] ?? 0;
      const driven = drawn[1] ?? 0;
      const leave = binomial(rm, lapsed, leaveShare);
      churned += leave + driven;
      inDormant[src] = (inDormant[src] ?? 0) + lapsed - leave;
      next[src] = n - lapsed - driven;
    }
  }
  for (let src = 0; src < SOURCE_COUNT; src++) {
    const n = graduating[src] ?? 0;
    const up = binomial(rm, n, gradActive);
    inActive[src] = (inActive[src] ?? 0) + up;
    inOrdinary[src] = (inOrdinary[src] ?? 0) + n - up;
  }

  // Regulars: lapse, promotion, demotion.
  const calm =
    (1 - P.LAPSE_CARE * d.careEff) * (1 - P.LAPSE_EVENTS * d.evPull) * (1 - P.LAPSE_CONTENT * d.cv);
  const lapseOrdinary = (P.LAPSE.ordinary / bond) * calm + pressure * P.PRESSURE_SHARE.ordinary;
  const lapseActive = (P.LAPSE.active / bond) * calm + pressure * P.PRESSURE_SHARE.active;
  const lapseCore = (P.LAPSE.core / bond) * calm + pressure * P.PRESSURE_SHARE.core;
  const po = P.PROMOTE_ORDINARY;
  const promoteOrdinary =
    po.rate *
    (po.floor + po.content * d.cv + po.events * d.evPull + po.ugc * d.ugcEff) *
    promoteBoost;
  const pa = P.PROMOTE_ACTIVE;
  const promoteActive =
    pa.rate * (pa.floor + pa.care * d.careEff + pa.ugc * d.ugcEff) * promoteBoost;
  const demoteActive =
    P.DEMOTE_ACTIVE.rate *
    (1 - P.DEMOTE_ACTIVE.care * d.careEff) *
    (1 - P.DEMOTE_ACTIVE.content * d.cv);
  const demoteCore =
    P.DEMOTE_CORE.rate * (1 - P.DEMOTE_CORE.care * d.careEff) +
    (transformed === "theme" ? P.TRANSFORM.theme.demoteCore : 0);
  const coreLeave =
    (transformed === "model" ? P.TRANSFORM.model.coreLeave : 0) + crisisHit.core * crisisDamageNow;
  const wake =
    P.WAKE.base +
    P.WAKE.care * d.careEff +
    P.WAKE.events * d.evPull +
    (transformed === "theme" ? P.TRANSFORM.theme.wake : 0);
  const dormantLeave = P.DORMANT_LEAVE * plat.dormantLeave;

  let regularsBefore = 0;
  let regularsLapsed = 0;
  for (let src = 0; src < SOURCE_COUNT; src++) {
    const srcFactor = P.LAPSE_SOURCE[P.SOURCES[src] ?? "organic"];
    const nO = ordinary[src] ?? 0;
    const nA = active[src] ?? 0;
    const nC = core[src] ?? 0;
    const nD = dormant[src] ?? 0;
    regularsBefore += nO + nA + nC;

    draws(
      rm,
      nO,
      Math.min(0.9, lapseOrdinary * srcFactor),
      promoteOrdinary,
      crisisHit.ordinary * crisisDamageNow,
      0,
    );
    const lo = drawn[0] ?? 0;
    const uo = drawn[1] ?? 0;
    const xo = drawn[2] ?? 0;
    draws(
      rm,
      nA,
      Math.min(0.9, lapseActive * srcFactor),
      promoteActive,
      demoteActive,
      crisisHit.active * crisisDamageNow,
    );
    const la = drawn[0] ?? 0;
    const ua = drawn[1] ?? 0;
    const da = drawn[2] ?? 0;
    const xa = drawn[3] ?? 0;
    draws(rm, nC, Math.min(0.9, lapseCore * srcFactor), demoteCore, coreLeave, 0);
    const lc = drawn[0] ?? 0;
    const dc = drawn[1] ?? 0;
    const xc = drawn[2] ?? 0;
    draws(rm, nD, dormantLeave, wake, 0, 0);
    const ld = drawn[0] ?? 0;
    const wd = drawn[1] ?? 0;

    // Churn: of those who lapsed, some leave and the rest go silent; those driven out leave.
    const lapsed = lo + la + lc;
    const driven = xo + xa + xc;
    regularsLapsed += lapsed + driven;
    const leave = binomial(rm, lapsed, leaveShare);
    churned += leave + driven + ld;
    inDormant[src] = (inDormant[src] ?? 0) + lapsed - leave;

    ordinary[src] = nO - lo - uo - xo + da + wd + (inOrdinary[src] ?? 0);
    active[src] = nA - la - ua - da - xa + uo + dc + (inActive[src] ?? 0);
    core[src] = nC - lc - dc - xc + ua;
    dormant[src] = nD - ld - wd;
  }
  for (let src = 0; src < SOURCE_COUNT; src++)
    dormant[src] = (dormant[src] ?? 0) + (inDormant[src] ?? 0);
  s.newcomers = aged;

  // Cohorts: snapshot this week's joiners and follow the recent ones.
  const regularLapseRate = regularsBefore > 0 ? regularsLapsed / regularsBefore : 0;
  // The oldest cohorts come first; drop those past their last pooled snapshot, update the rest.
  const old = s.cohorts;
  let first = 0;
  while (first < old.length && week - (old[first + COHORT.week] ?? 0) > 11 + P.RETENTION_POOL_WEEKS)
    first += COHORT.stride;
  const cohorts: Cohorts = old.slice(first);
  for (let c = 0; c < cohorts.length; c += COHORT.stride) {
    const age = week - (cohorts[c + COHORT.week] ?? 0); // weeks since the cohort's first week
    let engaged = cohorts[c + COHORT.engaged] ?? 0;
    if (age <= 3) engaged = sum(aged[age] ?? []);
    else if (age <= 11) engaged = engaged * (1 - regularLapseRate);
    cohorts[c + COHORT.engaged] = engaged;
    if (age === 3) cohorts[c + COHORT.at4] = engaged;
    if (age === 11) cohorts[c + COHORT.at12] = Math.round(engaged);
  }
  const freshEngaged = sum(fresh);
  cohorts.push(week, joinsTotal, freshEngaged, freshEngaged, -1, -1);
  s.cohorts = cohorts;

  // ── Incidents: spam that gets through ──
  const membersNow = memberCount(s);
  const attempts = Math.round(
    plat.spam * (P.SPAM.base + P.SPAM.perSqrtMember * Math.sqrt(membersNow)) +
      fakes * P.SPAM_PER_FAKE +
      spamWaveAttempts,
  );
  const modHours = levers.moderationHours * exec;
  const need = P.MODERATION_NEED.base + membersNow / P.MODERATION_NEED.perMembers;
  const pass = (1 - modHours / (modHours + need)) * P.RULES_SPAM[levers.rules];
  const spamIncidents = binomial(re, attempts, pass);
  s.spamLoad = spamIncidents / (membersNow / 100 + P.SPAM_LOAD.offset);

  // ── Value, money ──
  s.valueStock +=
    P.VALUE_MIX.content * d.cv + P.VALUE_MIX.events * d.evPull + P.VALUE_MIX.gravity * gravity;
  const engagedNow = membersNow - sum(dormant);
  const revenueWeek = Math.round(
    (joinsTotal - fakes) * eco.entryFee +
      engagedNow *
        levers.monetization *
        eco.arpuWeek *
        (P.MONETIZE.revenueFloor +
          (1 - P.MONETIZE.revenueFloor) * Math.min(1, readiness + tolerance)),
  );
  const spentWeek = Math.round(adSpend + referral * rewardPerJoin * funded + ugcMoney * funded);
  s.totals.revenue += revenueWeek;
  s.totals.spent += spentWeek;
  s.totals.spamIncidents += spamIncidents;
  s.totals.joins += joinsTotal;
  s.totals.churned += churned;

  // ── Metrics ──
  const npsShift =
    P.NPS.content * (d.cv - 0.3) +
    P.NPS.events * d.evPull +
    P.NPS.care * d.careEff -
    P.NPS.monetize * monetPenalty -
    P.NPS.commerce * levers.monetization * levers.monetization -
    (P.SPAM_LOAD.nps / 100) * s.spamLoad -
    (crisisActive ? (P.CRISIS.nps / 100) * fx.crisisDamage : 0) -
    P.NPS.fatigue * fatigue -
    P.NPS.burnout * s.burnout;
  const flows: Flows = {
    joins,
    churned,
    referral,
    lastJoins: prev.lastJoins,
    spamIncidents,
    revenueWeek,
    spentWeek,
    hoursUsed,
  };
  s.lastJoins = joinsTotal;
  s.lastReferralJoins = referral;
  s.ageWeeks += 1;
  const metrics = measure(s, levers, d, cond, flows, npsShift);

  // ── Stage ──
  const contributorsNow = metrics.contributorsShare * metrics.members;
  detectStage(s, membersPrev, metrics.members, metrics.wau, contributorsNow);
  metrics.stage = s.stage;

  // Effects run down.
  fx.competitorWeeks = Math.max(0, fx.competitorWeeks - 1);
  fx.policyWeeks = Math.max(0, fx.policyWeeks - 1);
  fx.crisisWeeks = Math.max(0, fx.crisisWeeks - 1);
  if (fx.crisisWeeks === 0) fx.crisisDamage = 0;
  fx.transformWeeks = Math.max(0, fx.transformWeeks - 1);
  fx.crowdLapseWeeks = Math.max(0, fx.crowdLapseWeeks - 1);

  s.metrics = metrics;
  s.events = events;
  s.hash = chainHash(prev.hash, metrics, events);
  return s;
}

/** The outputs a run is judged on, from any state (shared/SIM.md's `final`). */
export function summarize(state: SimState): Final {
  const m = state.metrics;
  return {
    members: m.members,
    dau: m.dau,
    wau: m.wau,
    mau: m.mau,
    stickiness: m.stickiness,
    retentionW1: m.retentionW1,
    retentionW4: m.retentionW4,
    retentionW12: m.retentionW12,
    contributorsShare: m.contributorsShare,
    nps: m.nps,
    revenue: m.revenue,
    spent: m.spent,
    hoursUsed: m.hoursUsed,
    spamIncidents: state.totals.spamIncidents,
  };
}
