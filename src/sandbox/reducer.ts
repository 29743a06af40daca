/**
 * The sandbox page's state as a pure reducer: the work on screen (a run, its goals, a challenge),
 * how it was opened (free, a challenge, a learner's run under review), the work a link replaced,
 * the run pinned for comparison, the learner, the tools' settings, play and the submission's
 * state. The island holds it with useReducer (useSandbox); storage, the address bar, timers and
 * workers stay in the island. Every change of the run itself clears a submission's result.
 */
import type { Levers, Scenario } from "../sim/index";
import type { SandboxSaved, SandboxWork } from "../schemas/sandbox";
import { getScenario, listScenarios } from "../lib/scenarios";
import { defaultWork, hasProgress, type Mode, type Start, type StartNotice } from "./load";
import {
  baseLevers,
  removeDecision,
  resetSession,
  runToEnd,
  sessionRun,
  setLever,
  stepWeek,
  undoWeek,
  type LeverValue,
  type Locks,
  type Session,
} from "./session";
import type { Learner, SubmitState } from "./types";

export interface Reviewer {
  name: string;
  id?: string;
  modelVersion: string;
}

export interface SandboxState {
  work: SandboxWork;
  mode: Mode;
  /** The learner whose run is under review (mode "review"). */
  reviewer: Reviewer | null;
  /** Work a link (or leaving a challenge) replaced, one click from being restored. */
  previous: SandboxWork | undefined;
  notice: StartNotice | null;
  /** Run A of a comparison. */
  pinned: SandboxSaved["pinned"];
  learner: Learner | null;
  /** Seeds in a Monte Carlo batch. */
  mcRuns: number;
  /** The sensitivity analysis's metric. */
  metric: string;
  playing: boolean;
  /** Weeks a second while playing. */
  speed: number;
  submit: SubmitState;
}

export type SandboxAction =
  /** A link pasted into the address bar of the open page. */
  | { type: "link"; start: Start }
  | { type: "lever"; name: keyof Levers; value: LeverValue }
  | { type: "step" }
  /** One week while playing (a submission's result stays). */
  | { type: "tick" }
  | { type: "run-to-end" }
  | { type: "undo" }
  | { type: "reset" }
  | { type: "remove-decision"; week: number; lever: keyof Levers }
  | { type: "scenario"; id: string }
  | { type: "seed"; seed: number }
  /** A challenge with personal seeds: the learner's own world, from the start. */
  | { type: "personal-seed"; seed: number }
  | { type: "play" }
  | { type: "speed"; speed: number }
  | { type: "pin" }
  | { type: "unpin" }
  /** Leave a challenge or a review: back to free play (a review: back to the learner's own saved work, `own`). */
  | { type: "leave"; own?: SandboxWork }
  | { type: "restore-previous" }
  | { type: "discard-previous" }
  | { type: "dismiss-notice" }
  | { type: "learner"; learner: Learner }
  | { type: "mc-runs"; runs: number }
  | { type: "metric"; metric: string }
  | { type: "submit"; submit: SubmitState };

/** A scenario by id, or the first one (a saved run's scenario may have been removed). */
export function scenarioOf(id: string): Scenario {
  return (getScenario(id) ?? listScenarios()[0]) as Scenario;
}

/** The levers a challenge fixes; a review's decisions already hold them (as its submission did). */
export function locksOf(state: Pick<SandboxState, "mode" | "work">): Locks {
  const assignment = state.work.assignment;
  return state.mode === "challenge" && assignment ? (assignment.locked as Locks) : {};
}

/** The state a page opens with: where it starts, and what was saved. */
/**
 * The sandbox as it opens. `host` is the learner as the platform hosting the course names them
 * (an LMS): the name a submission carries until the learner gives their own.
 */
export function initialSandbox(
  start: Start,
  stored: SandboxSaved | null,
  host: Learner | null = null,
): SandboxState {
  return {
    work: start.work,
    mode: start.mode,
    reviewer: start.reviewer ?? null,
    previous: start.previous ?? stored?.previous,
    notice: start.notice ?? null,
    pinned: stored?.pinned,
    learner: stored?.learner ?? host,
    mcRuns: stored?.mcRuns ?? 200,
    metric: stored?.metric ?? "members",
    playing: false,
    speed: 2,
    submit: { state: "none" },
  };
}

const NO_SUBMIT: SubmitState = { state: "none" };

/** The run changes: a submission's result no longer speaks for it. */
function withSession(state: SandboxState, change: (s: Session) => Session): SandboxState {
  return { ...state, submit: NO_SUBMIT, work: { ...state.work, run: change(state.work.run) } };
}

function reduce(state: SandboxState, action: SandboxAction): SandboxState {
  const stopped = { ...state, playing: false };
  switch (action.type) {
    case "link": {
      const { start } = action;
      if (!start.notice && start.mode !== "review") return state;
      return {
        ...stopped,
        work: start.work,
        mode: start.mode,
        reviewer: start.reviewer ?? null,
        previous: start.previous ?? state.previous,
        notice: start.notice ?? null,
        submit: NO_SUBMIT,
      };
    }
    case "lever":
      return withSession(state, (s) =>
        setLever(s, scenarioOf(s.scenario), action.name, action.value, locksOf(state)),
      );
    case "step":
      return withSession(state, stepWeek);
    case "tick":
      return { ...state, work: { ...state.work, run: stepWeek(state.work.run) } };
    case "run-to-end":
      return withSession(stopped, runToEnd);
    case "undo":
      return withSession(stopped, undoWeek);
    case "reset":
      return withSession(stopped, resetSession);
    case "remove-decision":
      return withSession(state, (s) =>
        removeDecision(
          s,
          action.week,
          action.lever,
          baseLevers(scenarioOf(s.scenario), locksOf(state)),
        ),
      );
    case "scenario":
      return { ...stopped, submit: NO_SUBMIT, work: defaultWork(scenarioOf(action.id)) };
    case "seed":
      return withSession(state, (s) => ({ ...s, seed: action.seed }));
    case "personal-seed":
      return {
        ...stopped,
        work: { ...state.work, run: { ...resetSession(state.work.run), seed: action.seed } },
      };
    case "play":
      return { ...state, playing: !state.playing };
    case "speed":
      return { ...state, speed: action.speed };
    case "pin": {
      const run = state.work.run;
      return {
        ...state,
        pinned: {
          scenario: run.scenario,
          seed: run.seed,
          weeks: run.weeks,
          decisions: sessionRun(run, locksOf(state)).decisions,
          week: run.week,
        },
      };
    }
    case "unpin":
      return { ...state, pinned: undefined };
    case "leave":
      if (state.mode === "review") {
        const own = action.own ?? defaultWork();
        return {
          ...stopped,
          work: own,
          mode: own.assignment ? "challenge" : "free",
          reviewer: null,
        };
      }
      return {
        ...stopped,
        previous: hasProgress(state.work) ? state.work : state.previous,
        work: defaultWork(scenarioOf(state.work.run.scenario)),
        mode: "free",
      };
    case "restore-previous": {
      const previous = state.previous;
      if (!previous) return state;
      return {
        ...stopped,
        work: previous,
        mode: previous.assignment ? "challenge" : "free",
        previous: hasProgress(state.work) ? state.work : undefined,
        notice: null,
      };
    }
    case "discard-previous":
      return { ...state, previous: undefined };
    case "dismiss-notice":
      return { ...state, notice: null };
    case "learner":
      return { ...state, learner: action.learner };
    case "mc-runs":
      return { ...state, mcRuns: action.runs };
    case "metric":
      return { ...state, metric: action.metric };
    case "submit":
      return { ...state, submit: action.submit };
  }
}

/** The next state; play stops once the run has reached its last week. */
export function sandboxReducer(state: SandboxState, action: SandboxAction): SandboxState {
  const next = reduce(state, action);
  const finished = next.work.run.week >= next.work.run.weeks;
  return next.playing && finished ? { ...next, playing: false } : next;
}
