/**
 * The sandbox session: a scenario, a seed, the learner's decisions and how many weeks have been
 * run. Pure functions from one session to the next (the island keeps it in state and saves it).
 *
 * Lever changes before the first week set the starting levers (a decision at week 0); after
 * week w they take effect from week w + 1, so a decision never rewrites a week already shown.
 */
import {
  MODEL_VERSION,
  applyDecisions,
  leverSpec,
  leverTimeline,
  scenarioLevers,
  scheduleDecisions,
  withLocks,
  type Decision,
  type Levers,
  type Run,
  type Scenario,
} from "../sim/index";

export interface Session {
  scenario: string;
  seed: number;
  weeks: number;
  /** The learner's own decisions (an assignment's locked levers are not among them). */
  decisions: Decision[];
  /** Weeks run so far, 0..weeks. */
  week: number;
}

export type LeverValue = Levers[keyof Levers];

/** Levers fixed by a challenge, applied before the first week. */
export type Locks = Partial<Levers>;

/** The run the engine replays: locked levers first (as assignmentRun() in src/grading does), then the learner's decisions. */
export function sessionRun(session: Session, locks: Locks = {}): Run {
  return {
    modelVersion: MODEL_VERSION,
    scenario: session.scenario,
    seed: session.seed,
    weeks: session.weeks,
    decisions: withLocks(locks, session.decisions),
  };
}

/** The starting levers: the scenario's, with the locks applied. */
export function baseLevers(scenario: Scenario, locks: Locks = {}): Levers {
  return { ...scenarioLevers(scenario), ...locks, transform: "none" };
}

/** The week a lever change made now takes effect from. */
export function decisionWeek(session: Session): number {
  return session.week === 0 ? 0 : session.week + 1;
}

/** The levers in force for the next week to run (what the lever panel shows). */
export function currentLevers(session: Session, scenario: Scenario, locks: Locks = {}): Levers {
  return applyDecisions(
    baseLevers(scenario, locks),
    session.decisions,
    Math.max(1, decisionWeek(session)),
  );
}

/** Whether the learner may still change levers (not after the last week). */
export function canDecide(session: Session): boolean {
  return session.week < session.weeks;
}

/**
 * Sets a lever from the next week on. A value equal to what would be in force anyway removes it
 * from that week's decision; an empty decision disappears.
 */
export function setLever(
  session: Session,
  scenario: Scenario,
  name: keyof Levers,
  value: LeverValue,
  locks: Locks = {},
): Session {
  if (!canDecide(session) || name in locks) return session;
  // Who the seed members are is decided before week 1 only (the engine reads it in week 1).
  if (leverSpec(name)?.when === "start" && session.week > 0) return session;
  const at = decisionWeek(session);
  const others = session.decisions.filter((d) => d.week !== at && !(at <= 1 && d.week <= 1));
  const mine = session.decisions.filter((d) => d.week === at || (at <= 1 && d.week <= 1));
  const set: Partial<Levers> = {};
  for (const d of mine) Object.assign(set, d.set);
  const before = applyDecisions(baseLevers(scenario, locks), others, at <= 1 ? 0 : at - 1);
  const inForce = name === "transform" ? "none" : before[name];
  if (value === inForce) delete set[name];
  else (set as Record<string, LeverValue>)[name] = value;
  const decisions = [...others];
  if (Object.keys(set).length) decisions.push({ week: at, set });
  decisions.sort((a, b) => a.week - b.week);
  return { ...session, decisions };
}

export const stepWeek = (s: Session): Session =>
  s.week < s.weeks ? { ...s, week: s.week + 1 } : s;
export const runToEnd = (s: Session): Session => ({ ...s, week: s.weeks });

/** Back one week: the decisions made after it (taking effect later) are dropped. */
export function undoWeek(s: Session): Session {
  if (s.week === 0) return s;
  const week = s.week - 1;
  const limit = week === 0 ? 1 : week + 1;
  return { ...s, week, decisions: s.decisions.filter((d) => d.week <= limit) };
}

/** Start over: week 0, the scenario's levers. */
export const resetSession = (s: Session): Session => ({ ...s, week: 0, decisions: [] });

/** A fresh session on a scenario at its own seed and length. */
export function newSession(scenario: Scenario, seed = scenario.seed): Session {
  return { scenario: scenario.id, seed, weeks: scenario.weeks, decisions: [], week: 0 };
}

/**
 * The decisions without the settings that change nothing: a lever set, in the week it takes
 * effect, to the value already in force then (`transform` to "none"), and empty decisions. A removed decision can
 * leave a later one so, and a plan or a link can carry one. The engine reads only the levers in
 * force each week (sim/decisions.ts), so the run it replays — every figure, every event, the
 * hash — is the same with them or without.
 */
export function withoutNoOps(base: Levers, decisions: readonly Decision[]): Decision[] {
  const schedule = scheduleDecisions(decisions);
  const timeline = leverTimeline(base, decisions, Math.max(0, ...schedule.keys()));
  const idle = new Map<number, Set<string>>();
  for (const [week, set] of schedule) {
    const before = timeline[week - 1] as Levers;
    for (const [name, value] of Object.entries(set) as [keyof Levers, LeverValue][]) {
      const inForce = name === "transform" ? "none" : before[name];
      if (value === inForce) idle.set(week, (idle.get(week) ?? new Set()).add(name));
    }
  }
  return decisions
    .map((d) => {
      const drop = idle.get(Math.max(1, d.week));
      if (!drop) return d;
      return { ...d, set: Object.fromEntries(Object.entries(d.set).filter(([k]) => !drop.has(k))) };
    })
    .filter((d) => Object.keys(d.set).length > 0);
}

/**
 * Removes one lever from one decision (the decision list's remove button); the week run so far
 * stays. A later decision that only set the lever back to what it was is gone with it.
 */
export function removeDecision(
  s: Session,
  week: number,
  lever: keyof Levers,
  base: Levers,
): Session {
  const decisions = s.decisions.map((d) => {
    if (d.week !== week || !(lever in d.set)) return d;
    const set = { ...d.set };
    delete set[lever];
    return { ...d, set };
  });
  return { ...s, decisions: withoutNoOps(base, decisions) };
}

/** A seed different from `current`, from a random source (the "new seed" button). */
export function freshSeed(current: number, random: () => number = Math.random): number {
  for (;;) {
    const seed = 1 + Math.floor(random() * 999_999);
    if (seed !== current) return seed;
  }
}
