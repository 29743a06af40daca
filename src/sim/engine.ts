/**
 * The growth engine: `init` builds the starting state, `step` advances one week, `summarize`
 * reads the outputs a run is judged on. Pure functions over plain data; every figure comes from
 * parameters.ts. A week is a composition of the phase functions in week/ (shared/SIM.md's order):
 * world events, the learner's transformation, hours and money, a crisis, joins, pressures, moves
 * between segments (with churn), cohorts, incidents (spam), the ledger, then metrics and stage.
 */
import * as P from "./parameters";
import { chainHash, genesisHash } from "./hash";
import { defaultLevers } from "../vocabulary/levers";
import { memberCount } from "./members";
import { detectStage } from "./stage";
import { budgetWeek } from "./week/budget";
import { followCohorts } from "./week/cohorts";
import { openWeek, startingNorm } from "./week/context";
import { deliver } from "./week/delivery";
import { incidents } from "./week/incidents";
import { joinWeek, strikeCrisis } from "./week/joins";
import { ledger } from "./week/ledger";
import { measure, measureWeek, type Flows } from "./week/measure";
import { moveNewcomers, moveRegulars } from "./week/moves";
import { weighPressures } from "./week/pressure";
import { applyTransform, drawWorld } from "./week/world";
import type { Effects, Final, Levers, Scenario, SimState, WeekMetrics } from "./types";

export { memberCount };

/** The scenario's starting levers: LEVERS' defaults with the scenario's own on top. */
export function scenarioLevers(scenario: Scenario): Levers {
  return { ...defaultLevers(), ...scenario.levers, transform: "none" };
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
  const weeklyJoins = Math.round(st.newcomer / P.NEWCOMER_WEEKS);
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
    teamLoss: 0,
    grievance: 0,
    norm: startingNorm(scenario),
    effects: { ...NO_EFFECTS },
    lastJoins: weeklyJoins,
    joinHistory: [
      weeklyJoins,
      weeklyJoins,
      weeklyJoins,
      weeklyJoins,
      weeklyJoins,
      weeklyJoins,
      weeklyJoins,
      weeklyJoins,
    ],
    referralHistory: [0, 0, 0, 0],
    lastReferralJoins: 0,
    spamLoad: 0,
    stage: st.stage,
    stageSince: 0,
    growthEma: 0,
    flags: { observed: 0, growth: 0, mature: 0, decline: 0 },
    peakWau: 0,
    recentWau: [],
    lowWau: 0,
    wauRise: 0,
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
    kFactor: 0,
    spamIncidents: 0,
    revenueWeek: 0,
    spentWeek: 0,
    hoursUsed: 0,
    hoursBudget: scenario.budget.hoursPerWeek,
  };
  state.metrics = measure(state, levers, d, { springDau: 1, springWau: 1, policyDau: 1 }, flows, 0);
  state.peakWau = Math.max(st.peakWau ?? 0, state.metrics.wau);
  state.recentWau = [state.metrics.wau];
  state.lowWau = state.metrics.wau;
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
    teamLoss: prev.teamLoss,
    grievance: prev.grievance,
    norm: prev.norm,
    effects: copyEffects(prev.effects),
    lastJoins: prev.lastJoins,
    // Read only: measureWeek builds the new histories.
    joinHistory: prev.joinHistory,
    referralHistory: prev.referralHistory,
    lastReferralJoins: prev.lastReferralJoins,
    spamLoad: prev.spamLoad,
    stage: prev.stage,
    stageSince: prev.stageSince,
    growthEma: prev.growthEma,
    flags: prev.flags,
    peakWau: prev.peakWau,
    recentWau: prev.recentWau,
    lowWau: prev.lowWau,
    wauRise: prev.wauRise,
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

/** Effects that last several weeks run down by one. */
function runDown(fx: Effects): void {
  fx.competitorWeeks = Math.max(0, fx.competitorWeeks - 1);
  fx.policyWeeks = Math.max(0, fx.policyWeeks - 1);
  fx.crisisWeeks = Math.max(0, fx.crisisWeeks - 1);
  if (fx.crisisWeeks === 0) fx.crisisDamage = 0;
  fx.transformWeeks = Math.max(0, fx.transformWeeks - 1);
  fx.crowdLapseWeeks = Math.max(0, fx.crowdLapseWeeks - 1);
}

/** One week on: returns the new state; `prev` is not touched. */
export function step(prev: SimState, levers: Levers): SimState {
  const s = copyState(prev);
  const w = openWeek(s, prev, levers);
  s.week = w.week;
  drawWorld(w);
  applyTransform(w);
  budgetWeek(w);
  strikeCrisis(w);
  joinWeek(w);
  weighPressures(w);
  moveNewcomers(w);
  moveRegulars(w);
  followCohorts(w);
  incidents(w);
  ledger(w);
  const metrics = measureWeek(w);
  detectStage(
    s,
    w.membersPrev,
    metrics.members,
    metrics.wau,
    metrics.contributorsShare * metrics.members,
  );
  metrics.stage = s.stage;
  runDown(s.effects);
  s.metrics = metrics;
  s.events = w.events;
  s.hash = chainHash(prev.hash, metrics, w.events);
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
