/**
 * The engine's data shapes. Everything here is plain, serialisable data (no classes, no
 * functions), so a state can cross a Web Worker boundary or be saved as JSON.
 */
import type { CommunityType, Currency, Platform, Region, Stage } from "../vocabulary/community";
import type { Levers } from "../vocabulary/levers";
import type { FinalKey } from "../vocabulary/metrics";

export type { CommunityType, Platform, Stage, Levers };

export type Segment = "newcomer" | "ordinary" | "active" | "core" | "dormant";
export type Source = "organic" | "referral" | "paid";

/** A text in both languages (a scenario's title and story). */
export interface LocalizedText {
  "zh-cn": string;
  en: string;
}

/** A challenge goal on one of the engine's metrics, e.g. members ≥ 5,000 by week 52. */
export interface ScenarioGoal {
  metric: string;
  op: ">=" | "<=";
  value: number;
  /** The week the goal is judged in; the run's last week when absent. */
  byWeek?: number;
}

/**
 * A sandbox scenario and challenge preset (content/scenarios/<id>.json, read by
 * src/lib/scenarios.ts; ScenarioSchema in src/schemas/scenario.ts checks the files and documents
 * each field). The engine takes it as a plain value: callers pass it in.
 */
export interface Scenario {
  id: string;
  default: boolean;
  title: LocalizedText;
  description: LocalizedText;
  platform: Platform;
  communityType: CommunityType;
  region: Region;
  currency: Currency;
  weeks: number;
  seed: number;
  startWeekOfYear: number;
  ageWeeks: number;
  market: number;
  reach: number;
  maxGroups: number;
  start: {
    newcomer: number;
    ordinary: number;
    active: number;
    core: number;
    dormant: number;
    stage: Stage;
    peakWau?: number;
    reached?: number;
    value: number;
  };
  budget: { hoursPerWeek: number; moneyPerWeek: number };
  economics: {
    cac: number;
    adSaturation: number;
    arpuWeek: number;
    entryFee: number;
    referralReward: number;
    ugcPrize: number;
  };
  /** The scenario's starting levers; the rest take LEVERS' defaults. */
  levers: Partial<Levers>;
  goals: ScenarioGoal[];
}

/** Levers set from a week on (1-based; week 0 acts like week 1). */
export interface Decision {
  week: number;
  set: Partial<Levers>;
}

/** Everything needed to reproduce a simulation exactly. */
export interface Run {
  modelVersion: string;
  /** Scenario id. */
  scenario: string;
  seed: number;
  weeks: number;
  decisions: Decision[];
}

/** One week's outputs, rounded (counts to integers, ratios to 4 decimals, money to whole units). */
export interface WeekMetrics {
  /** 1-based; week 0 is the starting state. */
  week: number;
  stage: Stage;
  members: number;
  joins: number;
  joinsOrganic: number;
  joinsReferral: number;
  joinsPaid: number;
  churned: number;
  newcomer: number;
  ordinary: number;
  active: number;
  core: number;
  dormant: number;
  dau: number;
  wau: number;
  mau: number;
  /** DAU ÷ MAU, 0–1. */
  stickiness: number;
  /** Share of recent cohorts still taking part 1, 4, 12 weeks after joining; null before any cohort is that old. */
  retentionW1: number | null;
  retentionW4: number | null;
  retentionW12: number | null;
  /** Share of members who post at all, 0–1. */
  contributorsShare: number;
  postsPerDay: number;
  messagesPerDay: number;
  /** Referral joins this week ÷ all joins last week. */
  kFactor: number;
  /** Spam that got through this week. */
  spamIncidents: number;
  /** −100..100. */
  nps: number;
  revenueWeek: number;
  /** Cumulative. */
  revenue: number;
  spentWeek: number;
  /** Cumulative. */
  spent: number;
  /** Hours the week's decisions demanded (may exceed the budget: burnout). */
  hoursUsed: number;
  hoursBudget: number;
}

/** The outputs a run is judged on (shared/SIM.md's `final`); spamIncidents is the run's total. */
export type Final = Pick<WeekMetrics, FinalKey>;

export interface StageSpan {
  stage: Stage;
  fromWeek: number;
}

export type EventKind = "world" | "action" | "alert";

/** Figures an event's words name, e.g. `{ weeks: 8 }` for how long a competitor pulls members. */
export type EventParams = Readonly<Record<string, number>>;

/**
 * One entry of the event log, in keys: its words are `sim.event.<id>.text` (what happened) and
 * `sim.event.<id>.hint` (what the operator could have done, or should watch) in src/i18n/,
 * filled in with `params`.
 */
export interface SimEvent {
  week: number;
  /** Stable id, e.g. "spam-wave", "pr-crisis", "transform-theme", "burnout". */
  id: string;
  kind: EventKind;
  params: EventParams;
  /** Module that teaches the answer. */
  module: number;
}

/**
 * Cohorts of joiners followed for retention, flat for speed: six numbers per cohort — join week,
 * size, still engaged (a fraction once past the newcomer weeks), engaged after 1, 4 and 12 weeks
 * (−1 until then). See COHORT in engine.ts.
 */
export type Cohorts = number[];

/** World effects that last several weeks. */
export interface Effects {
  competitorWeeks: number;
  policyWeeks: number;
  crisisWeeks: number;
  crisisDamage: number;
  transformWeeks: number;
  transformKind: "none" | "theme" | "model" | "crowd";
  lastTransformWeek: number;
  /** A new operating model makes members more tolerant of commerce for good. */
  modelTransformed: boolean;
  crowdLapseWeeks: number;
}

/** The whole simulation state after a week. Plain data; `step` never mutates it. */
export interface SimState {
  modelVersion: string;
  scenario: Scenario;
  seed: number;
  /** Weeks simulated so far (0 = starting state). */
  week: number;
  /** Newcomers by age in weeks (0–3) and source (organic, referral, paid). */
  newcomers: number[][];
  /** Non-newcomer segments by source. */
  ordinary: number[];
  active: number[];
  core: number[];
  dormant: number[];
  cohorts: Cohorts;
  /** People of the market who ever joined. */
  reached: number;
  /** Market size (a "crowd" transformation widens it). */
  market: number;
  /** Weeks since the community started or last transformed its theme. */
  ageWeeks: number;
  /** Stock of delivered value; monetization is judged against it. */
  valueStock: number;
  burnout: number;
  /** What members still hold against an early sales push (parameters.GRIEVANCE). */
  grievance: number;
  /** Share of the team's hours lost to people who quit after weeks of overload (0–TEAM.maxLoss). */
  teamLoss: number;
  /** The group's norm: a slow average of the share of members who take part (active and core). */
  norm: number;
  effects: Effects;
  /** Last week's figures the next week depends on. */
  lastJoins: number;
  /** Joins of the last 8 weeks and referral joins of the last 4, oldest first (the K factor). */
  joinHistory: number[];
  referralHistory: number[];
  lastReferralJoins: number;
  spamLoad: number;
  /** Stage detection. */
  stage: Stage;
  stageSince: number;
  growthEma: number;
  /**
   * The last weeks' growth tests as bits (bit 0 = this week): smoothed growth ≥ 2%, |growth| < 2%,
   * growth ≤ −1%; `observed` counts the weeks seen (up to 6).
   */
  flags: { observed: number; growth: number; mature: number; decline: number };
  /** Peak of the smoothed WAU (mean of the last 4 weeks). */
  peakWau: number;
  /** WAU of the last weeks (up to 4), newest last. */
  recentWau: number[];
  /** Lowest smoothed WAU since the community last entered decline. */
  lowWau: number;
  /** Whether smoothed WAU rose, week by week, as bits (bit 0 = this week). */
  wauRise: number;
  stages: StageSpan[];
  /** Alerts currently on, so each is logged once when it starts. */
  alerts: string[];
  totals: { revenue: number; spent: number; spamIncidents: number; joins: number; churned: number };
  /** This week's outputs (week 0: the starting state). */
  metrics: WeekMetrics;
  /** Events of this week only. */
  events: SimEvent[];
  /** Chained state hash after this week (16 hex digits). */
  hash: string;
}

export interface ReplayResult {
  weeks: WeekMetrics[];
  stages: StageSpan[];
  events: SimEvent[];
  hash: string;
  final: Final;
}
