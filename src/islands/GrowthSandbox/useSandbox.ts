import { useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { AssignmentKind } from "../../schemas/progress";
import type { SandboxSaved } from "../../schemas/sandbox";
import { downloadText } from "../../lib/browser-files";
import { hostLearner } from "../../lib/host-learner";
import { announceSubmitted } from "../../lib/submitted-event";
import { sandboxUrl } from "../../lib/share-url";
import { $sandbox, saveSandbox } from "../../stores/sandbox";
import type { Goal } from "../../schemas/module";
import { MODEL_VERSION, step, type ReplayResult, type Run, type Scenario } from "../../sim/index";
import { learnerSeed } from "../../grading/learner";
import { CURRENT_RULE, assignmentRule } from "../../grading/rules";
import { getScenario } from "../../lib/scenarios";
import { defaultWork, resolveStart } from "../../sandbox/load";
import {
  initialSandbox,
  locksOf,
  sandboxReducer,
  scenarioOf,
  type SandboxState,
} from "../../sandbox/reducer";
import { advance, lastState, timelineResult, type Timeline } from "../../sandbox/runner";
import {
  baseLevers,
  currentLevers,
  decisionWeek,
  freshSeed,
  sessionRun,
  type Locks,
  type Session,
} from "../../sandbox/session";
import type { Learner, SubmitState } from "../../sandbox/types";
import {
  compareGoals,
  decisionLines,
  eventLog,
  goalChecklist,
  kpis,
  moduleIdOf,
  seriesOf,
} from "../../sandbox/view";
import type { UiLang } from "../../sandbox/format";

export interface SandboxProps {
  lang: UiLang;
  /** Simulation assignments of the course's modules, by module id ("04-cold-start"). */
  moduleAssignments: Record<string, Assignment>;
  /** Every assignment of those modules, by module id: a module is complete when each has passed. */
  moduleRequires: Record<string, AssignmentKind[]>;
}

function readStored(): SandboxSaved | null {
  try {
    return $sandbox.get();
  } catch {
    return null;
  }
}

/** The page's state, from where it starts (a link, the saved work, the defaults), kept saved and played. */
function useSandboxState(moduleAssignments: Record<string, Assignment>) {
  const [boot] = useState(() => {
    const stored = readStored();
    return {
      stored,
      start: resolveStart({
        hash: location.hash,
        search: location.search,
        stored,
        moduleAssignments,
      }),
    };
  });
  const [state, dispatch] = useReducer(sandboxReducer, undefined, () =>
    initialSandbox(boot.start, boot.stored, hostLearner()),
  );
  const [saveFailed, setSaveFailed] = useState(false);
  const { work, mode, pinned, previous, learner, mcRuns, metric } = state;

  // Links: remove a link that has been read from the address bar, so a reload resumes the saved work.
  useEffect(() => {
    if (boot.start.consumedLink) history.replaceState(null, "", location.pathname);
  }, [boot]);

  // A link pasted into the address bar of an open sandbox only changes the hash.
  useEffect(() => {
    const onHash = () => {
      const start = resolveStart({
        hash: location.hash,
        search: "",
        stored: readStored(),
        moduleAssignments,
      });
      dispatch({ type: "link", start });
      if ((start.notice || start.mode === "review") && start.consumedLink)
        history.replaceState(null, "", location.pathname);
    };
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, [moduleAssignments]);

  // Save on every change (a review is only looked at: the learner's own work stays saved as it was).
  useEffect(() => {
    const current = mode === "review" ? (readStored()?.current ?? defaultWork()) : work;
    const ok = saveSandbox({
      current,
      ...(previous ? { previous } : {}),
      ...(pinned ? { pinned } : {}),
      ...(learner ? { learner } : {}),
      mcRuns,
      metric,
    });
    setSaveFailed(!ok);
  }, [work, previous, pinned, learner, mcRuns, metric, mode]);

  // Play: one week per tick.
  useEffect(() => {
    if (!state.playing) return;
    const id = setInterval(() => dispatch({ type: "tick" }), 1000 / state.speed);
    return () => clearInterval(id);
  }, [state.playing, state.speed]);

  const leave = () => {
    if (mode !== "review") return dispatch({ type: "leave" });
    dispatch({ type: "leave", own: readStored()?.current ?? defaultWork() });
    history.replaceState(null, "", location.pathname);
  };
  return { state, dispatch, saveFailed, leave };
}

/** The run so far (recomputing only the weeks that change), its charts' series and the week ahead's budget. */
function useRun(session: Session, scenario: Scenario, locks: Locks) {
  const cache = useRef<Timeline | null>(null);
  const fullDecisions = useMemo(() => sessionRun(session, locks).decisions, [session, locks]);
  const timeline = useMemo(() => {
    const next = advance(cache.current, scenario, session.seed, fullDecisions, session.week);
    cache.current = next;
    return next;
  }, [scenario, session.seed, fullDecisions, session.week]);
  const result = useMemo(() => timelineResult(timeline), [timeline]);
  const rows = useMemo(() => timeline.states.map((s) => s.metrics), [timeline]);
  const series = useMemo(
    () => seriesOf(rows, session.weeks, result.stages, fullDecisions),
    [rows, session.weeks, result.stages, fullDecisions],
  );
  const levers = useMemo(() => currentLevers(session, scenario, locks), [session, scenario, locks]);
  const finished = session.week >= session.weeks;
  // Hours and money the coming week commits: one step ahead with the levers now set.
  const budget = useMemo(() => {
    const m = finished ? lastState(timeline).metrics : step(lastState(timeline), levers).metrics;
    return { hours: m.hoursUsed, money: Math.max(m.spentWeek, finished ? 0 : levers.adBudget) };
  }, [timeline, levers, finished]);
  const fullRun = useMemo(
    () => sessionRun({ ...session, week: session.weeks }, locks),
    [session, locks],
  );
  const runKey = useMemo(
    () => JSON.stringify([fullRun.scenario, fullRun.seed, fullRun.weeks, fullRun.decisions]),
    [fullRun],
  );
  const stage = lastState(timeline).stage;
  return { fullDecisions, result, rows, series, levers, finished, budget, fullRun, runKey, stage };
}

/** Run A as pinned, replayed on its own, against the run on screen. */
function useComparison(
  pinned: SandboxState["pinned"],
  session: Session,
  result: ReplayResult,
  goals: readonly Goal[],
) {
  const pinnedTimeline = useMemo(() => {
    const sc = pinned && getScenario(pinned.scenario);
    return pinned && sc ? advance(null, sc, pinned.seed, pinned.decisions, pinned.week) : null;
  }, [pinned]);
  const comparable =
    !!pinned &&
    pinned.scenario === session.scenario &&
    pinned.seed === session.seed &&
    pinned.weeks === session.weeks;
  const compareSeries = useMemo(() => {
    if (!pinnedTimeline || !comparable || !pinned) return null;
    const r = timelineResult(pinnedTimeline);
    const pinnedRows = pinnedTimeline.states.map((s) => s.metrics);
    return seriesOf(pinnedRows, pinned.weeks, r.stages, pinned.decisions);
  }, [pinnedTimeline, comparable, pinned]);
  const compareLines = useMemo(
    () =>
      pinnedTimeline && comparable
        ? compareGoals(timelineResult(pinnedTimeline), result, goals)
        : [],
    [pinnedTimeline, comparable, result, goals],
  );
  return { comparable, compareSeries, compareLines };
}

/**
 * Submits a finished challenge: checks the learner's own world, writes the submission file and
 * records the result in the learner's progress (grading and the progress store load on first use).
 */
async function submitChallenge(
  input: {
    lang: UiLang;
    assignment: Assignment;
    fullRun: Run;
    result: ReplayResult;
    moduleRequires: Record<string, AssignmentKind[]>;
  },
  who: Learner,
): Promise<SubmitState> {
  const { assignment, fullRun } = input;
  if (assignment.personalSeeds) {
    const own = learnerSeed(assignment, who);
    if (own === null) return { state: "not-listed" };
    if (own !== fullRun.seed) return { state: "reseeded" };
  }
  try {
    const [{ prepareSubmission, localIso }, { recordAssignment }] = await Promise.all([
      import("../../sandbox/submit"),
      import("../../stores/progress"),
    ]);
    const prepared = prepareSubmission({
      run: fullRun,
      result: input.result,
      assignment,
      learner: who,
      createdAt: localIso(new Date()),
    });
    downloadText(prepared.fileName, prepared.text);
    announceSubmitted({
      id: assignment.id,
      title: assignment.title[input.lang],
      score: prepared.submission.score.percent / 100,
      passed: prepared.passed,
      hash: prepared.submission.claimed.hash,
    });
    const moduleId = moduleIdOf(assignment.id);
    const score = prepared.submission.score.percent;
    const recorded = moduleId
      ? recordAssignment(
          moduleId,
          { kind: "simulation", score: score / 100, passed: prepared.passed },
          input.moduleRequires[moduleId],
        )
      : false;
    return {
      state: "done",
      fileName: prepared.fileName,
      percent: score,
      passed: prepared.passed,
      recorded,
    };
  } catch {
    return { state: "error" };
  }
}

/**
 * The sandbox page's model: its state (src/sandbox/reducer.ts) with what follows from it — the
 * run so far, the levers in force, the week ahead's budget, the comparison, the challenge's
 * checklist, the share link — and what touches the browser: links in the address bar, saving,
 * play, the personal seed and submitting.
 */
export function useSandbox({ lang, moduleAssignments, moduleRequires }: SandboxProps) {
  const { state, dispatch, saveFailed, leave } = useSandboxState(moduleAssignments);
  const { work, mode } = state;
  const session = work.run;
  const scenario = scenarioOf(session.scenario);
  const assignment = work.assignment;
  const lockedNames = useMemo(() => Object.keys(assignment?.locked ?? {}), [assignment]);
  const locks = useMemo(() => locksOf({ mode, work }), [mode, assignment]);
  const goals = assignment?.goals ?? work.goals ?? scenario.goals;
  const base = useMemo(() => baseLevers(scenario, locks), [scenario, locks]);
  const run = useRun(session, scenario, locks);
  const { result, rows, fullRun, fullDecisions } = run;
  const comparison = useComparison(state.pinned, session, result, goals);

  // Challenge.
  const rule = assignment ? assignmentRule(assignment) : CURRENT_RULE;
  const checklist = useMemo(
    () => goalChecklist(result, goals, session.weeks, rule),
    [result, goals, session.weeks, rule],
  );
  // Personal seeds: a challenge's world is the learner's own, so a new name starts it again.
  const personalSeed =
    mode === "challenge" && assignment?.personalSeeds
      ? learnerSeed(assignment, state.learner)
      : null;
  useEffect(() => {
    if (personalSeed !== null && session.seed !== personalSeed)
      dispatch({ type: "personal-seed", seed: personalSeed });
  }, [personalSeed]);
  const submitRun = async (typed?: Learner) => {
    const who = typed ?? state.learner;
    if (!assignment || !who || !run.finished) return;
    const submit = await submitChallenge(
      { lang, assignment, fullRun, result, moduleRequires },
      who,
    );
    dispatch({ type: "submit", submit });
  };

  const shareUrl = useMemo(
    () =>
      sandboxUrl(lang, {
        modelVersion: MODEL_VERSION,
        scenario: fullRun.scenario,
        seed: fullRun.seed,
        weeks: fullRun.weeks,
        decisions: fullRun.decisions,
        ...(work.goals ? { goals: work.goals } : {}),
        ...(work.label ? { label: work.label } : {}),
      }),
    [lang, fullRun, work.goals, work.label],
  );

  // Levers changed for the coming week (a badge on each).
  const pending = useMemo(() => {
    const at = decisionWeek(session);
    const names = new Set<string>();
    if (at >= 2)
      for (const d of session.decisions)
        if (d.week === at) for (const k of Object.keys(d.set)) names.add(k);
    return names;
  }, [session]);
  const decisions = useMemo(
    () => decisionLines(base, mode === "review" ? fullDecisions : session.decisions),
    [base, mode, fullDecisions, session.decisions],
  );
  const events = useMemo(() => eventLog(result.events), [result.events]);
  const kpiItems = useMemo(() => kpis(rows), [rows]);

  return {
    ...run,
    ...comparison,
    state,
    dispatch,
    saveFailed,
    scenario,
    session,
    assignment,
    goals,
    lockedNames,
    readOnly: mode === "review",
    base,
    checklist,
    personalSeed,
    shareUrl,
    pending,
    decisions,
    events,
    kpiItems,
    submitRun,
    leave,
    newSeed: () => dispatch({ type: "seed", seed: freshSeed(session.seed) }),
  };
}
