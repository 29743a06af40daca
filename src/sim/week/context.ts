/**
 * One week's working data. `step` opens a context, the phase functions of this folder fill it in
 * order (world → transformation → hours and money → crisis → joins → pressures → moves → cohorts →
 * incidents → ledger → measure), each reading what the phases before it wrote, the way d3-force's
 * forces each act on the same nodes. Plain data; the context never outlives the week.
 */
import * as P from "../parameters";
import { sum } from "../math";
import { memberCount } from "../members";
import { NO_DELIVERY, type Conditions, type Delivery } from "./delivery";
import type { Effects, Levers, Scenario, SimEvent, SimState } from "../types";
import type { Uniform } from "../rng";

export interface WeekContext {
  /** The new state being built; `prev` is never touched. */
  s: SimState;
  prev: SimState;
  levers: Levers;
  week: number;
  sc: Scenario;
  plat: P.PlatformParams;
  typ: P.TypeParams;
  fx: Effects;
  events: SimEvent[];

  membersPrev: number;
  dormantPrev: number;
  contributorsPrev: number;

  // World (world.ts)
  /** The events stream of this week: eight uniforms, then the spam draw (incidents). */
  re: Uniform;
  uCrisisSize: number;
  uViralSize: number;
  spamWaveAttempts: number;
  crisisNow: boolean;
  viralNow: boolean;
  springJoins: number;
  cond: Conditions;

  // Transformation (world.ts)
  transformed: Levers["transform"];
  /** The transformation whose boost is running, if any. */
  boosting: Levers["transform"];

  // Hours and money (budget.ts)
  groups: number;
  /** The team's hours this week: the scenario's, less what overload has cost it. */
  hoursAvailable: number;
  hoursUsed: number;
  rewardPerJoin: number;
  ugcMoney: number;
  adSpend: number;
  d: Delivery;
  gravity: number;

  // Crisis (joins.ts)
  crisisActive: boolean;
  crisisJoins: number;

  // Joins (joins.ts)
  appeal: number;
  /**
   * Seed members who joined this week (week 1 only) and fit the persona, by where they land, and
   * the ad accounts a broadcast let in. Seeds who do not fit join as ordinary newcomers.
   */
  seeds: { core: number; active: number; ordinary: number; fakes: number };
  /** The seed members in `seeds` (they skip the newcomer weeks). */
  seeded: number;
  /** Seeds who do not fit and arrive as this week's organic newcomers. */
  drifters: number;
  /** Referral joiners who came for the reward (real people, not fake accounts). */
  hunters: number;
  joins: [number, number, number];
  joinsTotal: number;
  fakes: number;
  referral: number;

  // Pressures (pressure.ts)
  /** Cash hunters and fake accounts this week per engaged member (before the cap). */
  dilution: number;
  fatigue: number;
  readiness: number;
  tolerance: number;
  monetPenalty: number;
  pressure: number;
  crisisDamageNow: number;
  bond: number;
  promoteBoost: number;

  // Moves (moves.ts)
  /** The moves stream of this week, shared by newcomers and regulars in that order. */
  rm: Uniform;
  /** Newcomers graduating into ordinary and active, and lapsed joiners going silent, by source. */
  inOrdinary: number[];
  inActive: number[];
  inDormant: number[];
  churned: number;
  fresh: number[];
  aged: number[][];
  regularLapseRate: number;

  // Incidents (incidents.ts)
  membersNow: number;
  spamIncidents: number;

  // Ledger (ledger.ts)
  revenueWeek: number;
  spentWeek: number;
}

/** The share of the starting members who take part (active and core). */
export function startingNorm(sc: Scenario): number {
  const st = sc.start;
  const members = st.newcomer + st.ordinary + st.active + st.core + st.dormant;
  return members > 0 ? (st.active + st.core) / members : 0;
}

const NO_CONDITIONS: Conditions = { springDau: 1, springWau: 1, policyDau: 1 };

/** A context for the week after `prev`, with `s` a fresh copy to build on. */
export function openWeek(s: SimState, prev: SimState, levers: Levers): WeekContext {
  const sc = s.scenario;
  const membersPrev = memberCount(prev);
  return {
    s,
    prev,
    levers,
    week: prev.week + 1,
    sc,
    plat: P.PLATFORMS[sc.platform],
    typ: P.TYPES[sc.communityType],
    fx: s.effects,
    events: [],
    membersPrev,
    dormantPrev: sum(prev.dormant),
    contributorsPrev: prev.metrics.contributorsShare * membersPrev,
    re: () => 0,
    uCrisisSize: 0,
    uViralSize: 0,
    spamWaveAttempts: 0,
    crisisNow: false,
    viralNow: false,
    springJoins: 1,
    cond: NO_CONDITIONS,
    transformed: "none",
    boosting: "none",
    groups: 1,
    hoursAvailable: 0,
    hoursUsed: 0,
    rewardPerJoin: 0,
    ugcMoney: 0,
    adSpend: 0,
    d: NO_DELIVERY,
    gravity: 0,
    crisisActive: false,
    crisisJoins: 1,
    appeal: 0,
    seeds: { core: 0, active: 0, ordinary: 0, fakes: 0 },
    seeded: 0,
    drifters: 0,
    hunters: 0,
    joins: [0, 0, 0],
    joinsTotal: 0,
    fakes: 0,
    referral: 0,
    dilution: 0,
    fatigue: 0,
    readiness: 0,
    tolerance: 0,
    monetPenalty: 0,
    pressure: 0,
    crisisDamageNow: 0,
    bond: 1,
    promoteBoost: 1,
    rm: () => 0,
    inOrdinary: [0, 0, 0],
    inActive: [0, 0, 0],
    inDormant: [0, 0, 0],
    churned: 0,
    fresh: [0, 0, 0],
    aged: [],
    regularLapseRate: 0,
    membersNow: 0,
    spamIncidents: 0,
    revenueWeek: 0,
    spentWeek: 0,
  };
}
