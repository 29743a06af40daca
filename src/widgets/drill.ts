/**
 * A branching crisis drill for module 10 (illustrative scenario): a bottle of Valley Coffee cold
 * brew with a piece of plastic in it, posted in a member group. The clock is simulated: each
 * choice costs minutes, and some news arrives at a fixed minute whatever the learner does.
 */

export interface Choice {
  id: string;
  /** Simulated minutes the action takes. */
  minutes: number;
  /** Whether this action says something public to the groups (the first one stops the clock for response time). */
  responds: boolean;
  /** −2 … +1: hiding or denying costs trust, saying what is known and what is being done earns it. */
  candour: number;
  /** Change in the incident level (1 single complaint … 4 major); above 0 means it escalated. */
  level: number;
  next: string | null;
}

export interface Step {
  id: string;
  /** The step's news arrives at this minute at the earliest; the clock jumps forward to it. */
  at: number;
  choices: Choice[];
}

export const FIRST_STEP = "alert";
/** Level 2 of the module's scale: several members echo a complaint that touches health. */
export const START_LEVEL = 2;
export const RESPONSE_TARGET_MINUTES = 30;

export const STEPS: Record<string, Step> = {
  alert: {
    id: "alert",
    at: 0,
    choices: [
      { id: "verify", minutes: 50, responds: false, candour: 0, level: 1, next: "facts" },
      { id: "holding", minutes: 10, responds: true, candour: 1, level: 0, next: "facts" },
      { id: "delete", minutes: 5, responds: false, candour: -1, level: 1, next: "repair" },
    ],
  },
  repair: {
    id: "repair",
    at: 0,
    choices: [
      { id: "fake", minutes: 5, responds: true, candour: -2, level: 1, next: "facts" },
      { id: "silent", minutes: 60, responds: false, candour: 0, level: 0, next: "facts" },
      { id: "restore", minutes: 15, responds: true, candour: 1, level: 0, next: "facts" },
    ],
  },
  facts: {
    id: "facts",
    at: 60,
    choices: [
      { id: "voucher", minutes: 10, responds: true, candour: -1, level: 1, next: "followup" },
      { id: "full", minutes: 20, responds: true, candour: 1, level: -1, next: "followup" },
      { id: "legal", minutes: 120, responds: true, candour: 0, level: 0, next: "followup" },
    ],
  },
  followup: {
    id: "followup",
    at: 325,
    choices: [
      { id: "pin", minutes: 5, responds: false, candour: 0, level: 0, next: null },
      { id: "promo", minutes: 10, responds: false, candour: -1, level: 1, next: null },
      { id: "update", minutes: 30, responds: false, candour: 1, level: -1, next: null },
    ],
  },
};

export interface Taken {
  step: string;
  choice: string;
  /** Clock when the learner chose, and when the action was done. */
  from: number;
  to: number;
}

export interface DrillState {
  /** The step being played, or null when the drill is over. */
  step: string | null;
  clock: number;
  respondedAt: number | null;
  candour: number;
  level: number;
  peakLevel: number;
  escalations: number;
  path: Taken[];
}

export function startDrill(): DrillState {
  return {
    step: FIRST_STEP,
    clock: STEPS[FIRST_STEP]?.at ?? 0,
    respondedAt: null,
    candour: 0,
    level: START_LEVEL,
    peakLevel: START_LEVEL,
    escalations: 0,
    path: [],
  };
}

/** Plays one choice; an unknown choice or a finished drill leaves the state as it was. */
export function choose(state: DrillState, choiceId: string): DrillState {
  const step = state.step === null ? undefined : STEPS[state.step];
  const choice = step?.choices.find((c) => c.id === choiceId);
  if (!step || !choice) return state;
  const to = state.clock + choice.minutes;
  const level = Math.min(4, Math.max(1, state.level + choice.level));
  const next = choice.next === null ? undefined : STEPS[choice.next];
  return {
    step: next ? next.id : null,
    clock: next ? Math.max(to, next.at) : to,
    respondedAt: state.respondedAt ?? (choice.responds ? to : null),
    candour: state.candour + choice.candour,
    level,
    peakLevel: Math.max(state.peakLevel, level),
    escalations: state.escalations + (choice.level > 0 ? 1 : 0),
    path: [...state.path, { step: step.id, choice: choice.id, from: state.clock, to }],
  };
}

export interface DrillScore {
  /** 3 when the first public response came within 30 minutes, 2 within 60, 1 within 120, else 0. */
  time: number;
  /** Candour points, 0–3. */
  candour: number;
  /** 3 minus one per escalation; 0 when the incident reached level 4. */
  containment: number;
  total: number;
}

export const MAX_SCORE = 9;

export function scoreDrill(state: DrillState): DrillScore {
  const at = state.respondedAt;
  const time =
    at === null ? 0 : at <= RESPONSE_TARGET_MINUTES ? 3 : at <= 60 ? 2 : at <= 120 ? 1 : 0;
  const candour = Math.min(3, Math.max(0, state.candour));
  const containment = state.peakLevel >= 4 ? 0 : Math.max(0, 3 - state.escalations);
  return { time, candour, containment, total: time + candour + containment };
}

/** Every way through the drill, with its final state. */
export function allPaths(state: DrillState = startDrill()): DrillState[] {
  const step = state.step === null ? undefined : STEPS[state.step];
  if (!step) return [state];
  return step.choices.flatMap((c) => allPaths(choose(state, c.id)));
}

/** The path with the best score (ties: the one that finishes sooner). */
export function bestPath(): DrillState {
  const paths = allPaths();
  return paths.reduce((best, p) => {
    const a = scoreDrill(p).total;
    const b = scoreDrill(best).total;
    return a > b || (a === b && p.clock < best.clock) ? p : best;
  });
}
