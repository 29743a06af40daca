import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { makeT, type Strings } from "../../i18n/t";
import type { Assignment } from "../../schemas/assignment";
import type { AssignmentKind } from "../../schemas/progress";
import type { SandboxSaved, SandboxWork } from "../../schemas/sandbox";
import { downloadText } from "../../lib/browser-files";
import { sandboxUrl } from "../../lib/share-url";
import type { AlignedBands } from "../../lib/charts/sandbox";
import { $sandbox, saveSandbox } from "../../stores/sandbox";
import { MODEL_VERSION, step, type Levers, type Scenario } from "../../sim/index";
import { learnerSeed } from "../../grading/learner";
import { CURRENT_RULE, assignmentRule } from "../../grading/rules";
import { ChallengePanel, type Learner, type SubmitState } from "./Challenge";
import { ChartGrid } from "./ChartGrid";
import { formatMetric, formatNumber, type UiLang } from "./format";
import { LeverPanel } from "./LeverPanel";
import { defaultWork, hasProgress, resolveStart, type Mode, type StartNotice } from "./load";
import { LinkNotice, RecoveryNotice } from "./Notices";
import { DecisionList, EventLog, GoalList, KpiCards } from "./Report";
import { RunControls } from "./RunControls";
import { advance, lastState, timelineResult, type Timeline } from "./runner";
import { BudgetMeter, ScenarioPanel } from "./Scenario";
import { SensitivityPanel, type SensitivityStatus } from "./SensitivityPanel";
import {
  baseLevers,
  canDecide,
  currentLevers,
  decisionWeek,
  freshSeed,
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
import { ComparePanel, MonteCarloPanel, SharePanel, type McStatus } from "./Tools";
import type { ModuleRef } from "./types";
import {
  alignBand,
  compareGoals,
  decisionLines,
  eventLog,
  goalChecklist,
  kpis,
  moduleIdOf,
  seriesOf,
} from "./view";
import { JobCancelled, workerClient } from "./worker-protocol";
import { getScenario, listScenarios } from "../../lib/scenarios";
import "./sandbox.css";

interface Props {
  lang: UiLang;
  strings: Strings;
  modules: ModuleRef[];
  /** Simulation assignments of the course's modules, by module id ("04-cold-start"). */
  moduleAssignments: Record<string, Assignment>;
  /** Every assignment of those modules, by module id: a module is complete when each has passed. */
  moduleRequires: Record<string, AssignmentKind[]>;
}

const MC_METRICS = ["members", "dau", "nps", "revenue"] as const;

function scenarioOf(id: string): Scenario {
  return (getScenario(id) ?? listScenarios()[0]) as Scenario;
}

function readStored(): SandboxSaved | null {
  try {
    return $sandbox.get();
  } catch {
    return null;
  }
}

function newWorker(): Worker {
  return new Worker(new URL("./montecarlo.worker.ts", import.meta.url), { type: "module" });
}

/** The growth sandbox page: scenario, levers, run controls, charts, logs, Monte Carlo, compare, sensitivity, share, challenges. */
export default function GrowthSandbox(props: Props) {
  const { lang, modules } = props;
  const t = useMemo(() => makeT(props.strings), [props.strings]);
  const moduleHref = useCallback((slug: string) => `/${lang}/modules/${slug}/`, [lang]);
  const scenarios = listScenarios();

  const [boot] = useState(() => {
    const stored = readStored();
    return {
      stored,
      start: resolveStart({
        hash: location.hash,
        search: location.search,
        stored,
        moduleAssignments: props.moduleAssignments,
      }),
    };
  });
  const [work, setWork] = useState<SandboxWork>(boot.start.work);
  const [mode, setMode] = useState<Mode>(boot.start.mode);
  const [reviewer, setReviewer] = useState(boot.start.reviewer ?? null);
  const [previous, setPrevious] = useState<SandboxWork | undefined>(
    boot.start.previous ?? boot.stored?.previous,
  );
  const [notice, setNotice] = useState<StartNotice | null>(boot.start.notice ?? null);
  const [pinned, setPinned] = useState<SandboxSaved["pinned"]>(boot.stored?.pinned);
  const [learner, setLearner] = useState<Learner | null>(boot.stored?.learner ?? null);
  const [mcRuns, setMcRuns] = useState(boot.stored?.mcRuns ?? 200);
  const [metric, setMetric] = useState(boot.stored?.metric ?? "members");
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [saveFailed, setSaveFailed] = useState(false);
  const [submit, setSubmit] = useState<SubmitState>({ state: "none" });

  const readOnly = mode === "review";
  const session: Session = work.run;
  const scenario = scenarioOf(session.scenario);
  const assignment = work.assignment;
  const lockedNames = useMemo(() => Object.keys(assignment?.locked ?? {}), [assignment]);
  // A review's decisions already hold the locks (as its submission did); a challenge adds them.
  const locks: Locks = useMemo(
    () => (mode === "challenge" && assignment ? (assignment.locked as Locks) : {}),
    [mode, assignment],
  );
  const goals = assignment?.goals ?? work.goals ?? scenario.goals;

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
        moduleAssignments: props.moduleAssignments,
      });
      if (!start.notice && start.mode !== "review") return;
      setPlaying(false);
      setWork(start.work);
      setMode(start.mode);
      setReviewer(start.reviewer ?? null);
      if (start.previous) setPrevious(start.previous);
      setNotice(start.notice ?? null);
      setSubmit({ state: "none" });
      if (start.consumedLink) history.replaceState(null, "", location.pathname);
    };
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, [props.moduleAssignments]);

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

  // The run so far, recomputing only the weeks that change.
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
  const stage = lastState(timeline).stage;

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

  // Play: one week per tick.
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(
      () => setWork((w) => (w.run.week >= w.run.weeks ? w : { ...w, run: stepWeek(w.run) })),
      1000 / speed,
    );
    return () => clearInterval(id);
  }, [playing, speed]);
  useEffect(() => {
    if (finished) setPlaying(false);
  }, [finished]);

  const update = (change: (s: Session) => Session) => {
    setSubmit({ state: "none" });
    setWork((w) => ({ ...w, run: change(w.run) }));
  };
  const onLever = (name: keyof Levers, value: LeverValue) =>
    update((s) => setLever(s, scenarioOf(s.scenario), name, value, locks));

  // Compare: run A as pinned, replayed on its own.
  const pinnedTimeline = useMemo(() => {
    if (!pinned) return null;
    const sc = getScenario(pinned.scenario);
    return sc ? advance(null, sc, pinned.seed, pinned.decisions, pinned.week) : null;
  }, [pinned]);
  const comparable =
    !!pinned &&
    pinned.scenario === session.scenario &&
    pinned.seed === session.seed &&
    pinned.weeks === session.weeks;
  const compareSeries = useMemo(() => {
    if (!pinnedTimeline || !comparable || !pinned) return null;
    const r = timelineResult(pinnedTimeline);
    return seriesOf(
      pinnedTimeline.states.map((s) => s.metrics),
      pinned.weeks,
      r.stages,
      pinned.decisions,
    );
  }, [pinnedTimeline, comparable, pinned]);
  const compareLines = useMemo(
    () =>
      pinnedTimeline && comparable
        ? compareGoals(timelineResult(pinnedTimeline), result, goals)
        : [],
    [pinnedTimeline, comparable, result, goals],
  );

  // Monte Carlo in a worker.
  const mcClient = useRef<ReturnType<typeof workerClient> | null>(null);
  const mcJob = useRef<{ cancel(): void } | null>(null);
  const [mcOn, setMcOn] = useState(false);
  const [mcRetry, setMcRetry] = useState(0);
  const [mc, setMc] = useState<McStatus & { key?: string; bands?: AlignedBands }>({
    state: "idle",
    done: 0,
    total: 0,
  });
  const mcMetrics = useMemo(
    () => [...new Set([...MC_METRICS, ...goals.map((g) => g.metric)])],
    [goals],
  );
  useEffect(() => {
    if (!mcOn) return;
    const key = `${runKey}|${mcRuns}|${mcMetrics.join(",")}`;
    if (mc.key === key && mc.state === "done") return;
    const timer = setTimeout(() => {
      mcClient.current ??= workerClient(newWorker);
      setMc({ state: "running", done: 0, total: mcRuns });
      const job = mcClient.current.monteCarlo(fullRun, mcRuns, mcMetrics, (done, total) =>
        setMc((s) => (s.state === "running" ? { ...s, done, total } : s)),
      );
      mcJob.current = job;
      // A job replaced by a newer one (or cancelled for it) must not touch the state.
      const current = () => mcJob.current === job;
      job.promise.then(
        (res) => {
          if (!current()) return;
          const bands: AlignedBands = {};
          for (const m of MC_METRICS) {
            const aligned = alignBand(res.bands[m], fullRun.weeks);
            if (aligned) bands[m] = aligned;
          }
          setMc({
            state: "done",
            done: res.runs,
            total: res.runs,
            key,
            bands,
            final: res.final,
            runs: res.runs,
          });
        },
        (error) => {
          if (current())
            setMc((s) => ({ ...s, state: error instanceof JobCancelled ? "idle" : "error" }));
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [mcOn, runKey, mcRuns, mcMetrics, mcRetry]);
  useEffect(() => () => mcClient.current?.stop(), []);
  const bands =
    mcOn && mc.state === "done" && mc.key?.startsWith(runKey + "|") ? (mc.bands ?? null) : null;

  // Sensitivity in its own worker.
  const sensClient = useRef<ReturnType<typeof workerClient> | null>(null);
  const sensJob = useRef<{ cancel(): void } | null>(null);
  const [sens, setSens] = useState<SensitivityStatus & { key?: string }>({
    state: "idle",
    done: 0,
    total: 0,
  });
  useEffect(() => () => sensClient.current?.stop(), []);
  const runSensitivity = () => {
    sensClient.current ??= workerClient(newWorker);
    const key = `${runKey}|${metric}`;
    setSens((s) => ({ ...s, state: "running", done: 0, total: 0 }));
    const base = baseLevers(scenario, mode === "challenge" ? locks : {});
    const job = sensClient.current.sensitivity(fullRun, base, metric, lockedNames, (done, total) =>
      setSens((s) => (s.state === "running" ? { ...s, done, total } : s)),
    );
    sensJob.current = job;
    // A job replaced by a newer one (or cancelled for it) must not touch the state.
    const current = () => sensJob.current === job;
    job.promise.then(
      (res) => {
        if (current())
          setSens({
            state: "done",
            done: 1,
            total: 1,
            key,
            result: { metric, ...res, stale: false },
          });
      },
      (error) => {
        if (current())
          setSens((s) => ({ ...s, state: error instanceof JobCancelled ? "idle" : "error" }));
      },
    );
  };
  const sensView: SensitivityStatus = sens.result
    ? { ...sens, result: { ...sens.result, stale: sens.key !== `${runKey}|${sens.result.metric}` } }
    : sens;

  // Challenge.
  const rule = assignment ? assignmentRule(assignment) : CURRENT_RULE;
  const checklist = useMemo(
    () => goalChecklist(result, goals, session.weeks, rule),
    [result, goals, session.weeks, rule],
  );
  // Personal seeds: a challenge's world is the learner's own, so a new name starts it again.
  const personalSeed =
    mode === "challenge" && assignment?.personalSeeds ? learnerSeed(assignment, learner) : null;
  useEffect(() => {
    if (personalSeed === null || session.seed === personalSeed) return;
    setPlaying(false);
    setWork((w) => ({ ...w, run: { ...resetSession(w.run), seed: personalSeed } }));
  }, [personalSeed]);
  const doSubmit = async (typed?: Learner) => {
    const who = typed ?? learner;
    if (!assignment || !who || !finished) return;
    if (assignment.personalSeeds) {
      const own = learnerSeed(assignment, who);
      if (own === null) return setSubmit({ state: "not-listed" });
      if (own !== fullRun.seed) return setSubmit({ state: "reseeded" });
    }
    try {
      // Grading and the progress store bring zod: loaded on the first submission only.
      const [{ prepareSubmission, localIso }, { recordAssignment }] = await Promise.all([
        import("./submit"),
        import("../../stores/progress"),
      ]);
      const prepared = prepareSubmission({
        run: fullRun,
        result,
        assignment,
        learner: who,
        createdAt: localIso(new Date()),
      });
      downloadText(prepared.fileName, prepared.text);
      const moduleId = moduleIdOf(assignment.id);
      const recorded = moduleId
        ? recordAssignment(
            moduleId,
            {
              kind: "simulation",
              score: prepared.submission.score.percent / 100,
              passed: prepared.passed,
            },
            props.moduleRequires[moduleId],
          )
        : false;
      setSubmit({
        state: "done",
        fileName: prepared.fileName,
        percent: prepared.submission.score.percent,
        passed: prepared.passed,
        recorded,
      });
    } catch {
      setSubmit({ state: "error" });
    }
  };

  const leave = () => {
    setPlaying(false);
    if (mode === "review") {
      const stored = readStored();
      const own = stored?.current ?? defaultWork();
      setWork(own);
      setMode(own.assignment ? "challenge" : "free");
      setReviewer(null);
      history.replaceState(null, "", location.pathname);
      return;
    }
    if (hasProgress(work)) setPrevious(work);
    setWork(defaultWork(scenario));
    setMode("free");
  };

  const restorePrevious = () => {
    if (!previous) return;
    setPlaying(false);
    const current = work;
    setWork(previous);
    setMode(previous.assignment ? "challenge" : "free");
    setPrevious(hasProgress(current) ? current : undefined);
    setNotice(null);
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

  const pending = useMemo(() => {
    const at = decisionWeek(session);
    const names = new Set<string>();
    if (at >= 2)
      for (const d of session.decisions)
        if (d.week === at) for (const k of Object.keys(d.set)) names.add(k);
    return names;
  }, [session]);

  const decisionsShown = useMemo(
    () =>
      decisionLines(
        baseLevers(scenario, mode === "challenge" ? locks : {}),
        mode === "review" ? fullDecisions : session.decisions,
      ),
    [scenario, mode, locks, fullDecisions, session.decisions],
  );
  const events = useMemo(() => eventLog(result.events), [result.events]);
  const kpiItems = useMemo(() => kpis(rows), [rows]);
  const leverHint = finished
    ? t("sandbox.levers.over")
    : session.week === 0
      ? t("sandbox.levers.start")
      : t("sandbox.levers.from", { week: session.week + 1 });

  return (
    <div class="sbx" data-mode={mode} data-ready="true">
      <div class="sbx-notices">
        <RecoveryNotice t={t} />
        {notice && (
          <LinkNotice
            t={t}
            notice={notice}
            canRestore={!!previous}
            onRestore={restorePrevious}
            onDismiss={() => setNotice(null)}
          />
        )}
        {saveFailed && (
          <p class="notice" role="alert">
            {t("sandbox.saveFailed")}
          </p>
        )}
        {mode === "review" && reviewer && (
          <div class="notice sbx-review" role="status" data-notice="review">
            <p>
              {t("sandbox.review.banner", { name: reviewer.name })}
              {reviewer.id && <> ({reviewer.id})</>}
            </p>
            {reviewer.modelVersion !== MODEL_VERSION && (
              <p class="sbx-warn">
                {t("sandbox.review.otherModel", {
                  needs: reviewer.modelVersion,
                  current: MODEL_VERSION,
                })}
              </p>
            )}
            <button type="button" class="btn" onClick={leave}>
              {t("sandbox.review.leave")}
            </button>
          </div>
        )}
        {previous && !notice && mode !== "review" && (
          <div class="sbx-previous">
            <span>
              {t("sandbox.previous.kept", { title: scenarioOf(previous.run.scenario).title[lang] })}
            </span>
            <button type="button" class="sbx-link-button" onClick={restorePrevious}>
              {t("sandbox.link.restore")}
            </button>
            <button type="button" class="sbx-link-button" onClick={() => setPrevious(undefined)}>
              {t("sandbox.previous.discard")}
            </button>
          </div>
        )}
      </div>

      <div class="sbx-layout">
        <div class="sbx-side">
          <div class="sbx-o-scenario">
            <ScenarioPanel
              lang={lang}
              t={t}
              scenarios={scenarios}
              scenario={scenario}
              seed={session.seed}
              weeks={session.weeks}
              fixed={mode !== "free"}
              onScenario={(id) => {
                setPlaying(false);
                setSubmit({ state: "none" });
                setWork(defaultWork(scenarioOf(id)));
              }}
              onSeed={(seed) => update((s) => ({ ...s, seed }))}
              onNewSeed={() => update((s) => ({ ...s, seed: freshSeed(s.seed) }))}
            />
          </div>
          <section class="sbx-card sbx-o-levers" aria-labelledby="sbx-levers-title">
            <h2 id="sbx-levers-title" class="sbx-card-title">
              {t("sandbox.levers.title")}
            </h2>
            <p class="sbx-lever-hint">{readOnly ? t("sandbox.levers.readOnly") : leverHint}</p>
            <BudgetMeter
              lang={lang}
              t={t}
              hours={budget.hours}
              hoursBudget={scenario.budget.hoursPerWeek}
              money={budget.money}
              moneyBudget={scenario.budget.moneyPerWeek}
              currency={scenario.currency}
              past={finished}
            />
            <LeverPanel
              lang={lang}
              t={t}
              levers={levers}
              locked={lockedNames}
              readOnly={readOnly || !canDecide(session)}
              started={session.week > 0}
              onChange={onLever}
              modules={modules}
              pending={pending}
              moduleHref={moduleHref}
            />
          </section>
        </div>

        <div class="sbx-main">
          {work.label && (
            <p class="sbx-label sbx-o-goals">{t("sandbox.label", { label: work.label })}</p>
          )}
          <div class="sbx-o-goals">
            {assignment ? (
              <ChallengePanel
                lang={lang}
                t={t}
                assignment={assignment}
                selfPaced={moduleIdOf(assignment.id) !== null}
                lines={checklist.lines}
                percent={checklist.percent}
                finished={finished}
                learner={learner}
                submit={submit}
                personalSeed={personalSeed}
                currency={scenario.currency}
                now={new Date()}
                readOnly={readOnly}
                onLearner={setLearner}
                onSubmit={(who) => void doSubmit(who)}
                onLeave={leave}
              />
            ) : (
              <section class="sbx-card sbx-goal-card" aria-labelledby="sbx-goals-title">
                <h2 id="sbx-goals-title" class="sbx-card-title">
                  {t(work.goals ? "sandbox.goals.plan" : "sandbox.goals.title")}
                </h2>
                <GoalList
                  lang={lang}
                  t={t}
                  lines={checklist.lines}
                  weeks={session.weeks}
                  currency={scenario.currency}
                />
                <p class="sbx-score">
                  {t(finished ? "sandbox.goals.score" : "sandbox.goals.scoreSoFar", {
                    score: checklist.percent,
                  })}
                </p>
              </section>
            )}
          </div>
          <div class="sbx-o-run sbx-run-wrap">
            <RunControls
              t={t}
              week={session.week}
              weeks={session.weeks}
              stage={stage}
              playing={playing}
              speed={speed}
              readOnly={readOnly}
              onStep={() => update(stepWeek)}
              onPlay={() => setPlaying((p) => !p)}
              onSpeed={setSpeed}
              onRunToEnd={() => {
                setPlaying(false);
                update(runToEnd);
              }}
              onUndo={() => {
                setPlaying(false);
                update(undoWeek);
              }}
              onReset={() => {
                setPlaying(false);
                update(resetSession);
              }}
              budget={{
                hours: t("sandbox.budget.hoursValue", {
                  used: formatNumber(lang, budget.hours, 1),
                  budget: formatNumber(lang, scenario.budget.hoursPerWeek),
                }),
                money: t("sandbox.budget.moneyValue", {
                  used: formatMetric(lang, "revenue", budget.money, scenario.currency),
                  budget: formatMetric(
                    lang,
                    "revenue",
                    scenario.budget.moneyPerWeek,
                    scenario.currency,
                  ),
                }),
                over:
                  budget.hours > scenario.budget.hoursPerWeek ||
                  budget.money > scenario.budget.moneyPerWeek,
              }}
            />
          </div>
          <div class="sbx-o-kpis">
            <KpiCards lang={lang} t={t} items={kpiItems} currency={scenario.currency} />
          </div>
          <section class="sbx-o-charts" aria-labelledby="sbx-charts-title">
            <h2 id="sbx-charts-title" class="visually-hidden">
              {t("sandbox.chart.heading")}
            </h2>
            <ChartGrid
              lang={lang}
              t={t}
              series={series}
              compare={compareSeries}
              bands={bands}
              rows={rows}
              currency={scenario.currency}
            />
          </section>
          <div class="sbx-two sbx-o-logs">
            <section class="sbx-card" aria-labelledby="sbx-decisions-title">
              <h2 id="sbx-decisions-title" class="sbx-card-title">
                {t("sandbox.decisions.title")}
              </h2>
              <DecisionList
                lang={lang}
                t={t}
                lines={decisionsShown}
                readOnly={readOnly}
                onRemove={(week, lever) => update((s) => removeDecision(s, week, lever))}
              />
            </section>
            <section class="sbx-card" aria-labelledby="sbx-events-title">
              <h2 id="sbx-events-title" class="sbx-card-title">
                {t("sandbox.events.title")}
              </h2>
              <EventLog t={t} events={events} modules={modules} moduleHref={moduleHref} />
            </section>
          </div>
          <div class="sbx-tools sbx-o-tools">
            <MonteCarloPanel
              lang={lang}
              t={t}
              on={mcOn}
              runs={mcRuns}
              status={mc}
              metrics={mcMetrics}
              currency={scenario.currency}
              onToggle={(on) => {
                setMcOn(on);
                if (!on) mcJob.current?.cancel();
              }}
              onRuns={setMcRuns}
              onCancel={() => mcJob.current?.cancel()}
              onRetry={() => setMcRetry((n) => n + 1)}
            />
            <ComparePanel
              lang={lang}
              t={t}
              pinned={pinned ?? null}
              mismatch={!comparable}
              lines={compareLines}
              currency={scenario.currency}
              readOnly={readOnly}
              onPin={() =>
                setPinned({
                  scenario: fullRun.scenario,
                  seed: fullRun.seed,
                  weeks: fullRun.weeks,
                  decisions: fullRun.decisions,
                  week: session.week,
                })
              }
              onUnpin={() => setPinned(undefined)}
              onStartB={() => {
                setPlaying(false);
                update(resetSession);
              }}
            />
            <SharePanel t={t} url={shareUrl} />
            <SensitivityPanel
              lang={lang}
              t={t}
              metric={metric}
              status={sensView}
              currency={scenario.currency}
              onMetric={setMetric}
              onRun={runSensitivity}
              onCancel={() => sensJob.current?.cancel()}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
