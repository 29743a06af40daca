import { useCallback, useMemo, useRef } from "preact/hooks";
import { makeT, type Strings } from "../../i18n/t";
import { listScenarios } from "../../lib/scenarios";
import { formatMetric, formatNumber } from "../../sandbox/format";
import type { ModuleRef } from "../../sandbox/types";
import { moduleIdOf } from "../../sandbox/view";
import { ChallengePanel } from "./Challenge";
import { ChartGrid } from "./ChartGrid";
import { LeverPanel } from "./LeverPanel";
import { SandboxNotices } from "./Notices";
import { DecisionList, EventLog, GoalCard, KpiCards } from "./Report";
import { RestartDialog } from "./RestartDialog";
import { RunControls } from "./RunControls";
import { BudgetMeter, ScenarioPanel } from "./Scenario";
import { SensitivityPanel } from "./SensitivityPanel";
import { ComparePanel, MonteCarloPanel, SharePanel } from "./Tools";
import { useMonteCarlo } from "./useMonteCarlo";
import { useSandbox, type SandboxProps } from "./useSandbox";
import { useSensitivity } from "./useSensitivity";
import "./sandbox.css";

interface Props extends SandboxProps {
  strings: Strings;
  modules: ModuleRef[];
}

/** The growth sandbox page: scenario, levers, run controls, charts, logs, Monte Carlo, compare, sensitivity, share, challenges. */
export default function GrowthSandbox(props: Props) {
  const { lang, modules } = props;
  const t = useMemo(() => makeT(props.strings), [props.strings]);
  const moduleHref = useCallback((slug: string) => `/${lang}/modules/${slug}/`, [lang]);
  const sbx = useSandbox(props);
  const { state, dispatch, scenario, session, assignment, readOnly, finished, budget } = sbx;
  const mc = useMonteCarlo(sbx.fullRun, sbx.runKey, state.mcRuns, sbx.goals);
  const sensitivity = useSensitivity(
    sbx.fullRun,
    sbx.runKey,
    sbx.base,
    state.metric,
    sbx.lockedNames,
  );
  const { budget: scenarioBudget, currency } = scenario;
  const leverHint = finished
    ? t("sandbox.levers.over")
    : session.week === 0
      ? t("sandbox.levers.start")
      : t("sandbox.levers.from", { week: session.week + 1 });
  const reset = () => dispatch({ type: "reset" });
  // Restarting throws the run away: the learner confirms first, unless there is nothing to lose.
  const restartDialog = useRef<HTMLDialogElement>(null);
  const askReset = () =>
    session.week > 0 || session.decisions.length > 0 ? restartDialog.current?.showModal() : reset();
  const results = useRef<HTMLHeadingElement>(null);
  const toResults = () => {
    results.current?.focus({ preventScroll: true });
    results.current?.scrollIntoView({ block: "start" });
  };

  return (
    <div class="sbx" data-mode={state.mode} data-ready="true">
      <SandboxNotices
        lang={lang}
        t={t}
        state={state}
        modules={modules}
        saveFailed={sbx.saveFailed}
        onRestore={() => dispatch({ type: "restore-previous" })}
        onDiscard={() => dispatch({ type: "discard-previous" })}
        onDismiss={() => dispatch({ type: "dismiss-notice" })}
        onLeave={sbx.leave}
      />

      <div class="sbx-run-wrap">
        <RunControls
          t={t}
          week={session.week}
          weeks={session.weeks}
          stage={sbx.stage}
          playing={state.playing}
          speed={state.speed}
          readOnly={readOnly}
          onStep={() => dispatch({ type: "step" })}
          onPlay={() => dispatch({ type: "play" })}
          onSpeed={(speed) => dispatch({ type: "speed", speed })}
          onRunToEnd={() => dispatch({ type: "run-to-end" })}
          onUndo={() => dispatch({ type: "undo" })}
          onReset={askReset}
          onFinished={toResults}
          budget={{
            hours: t("sandbox.budget.hoursValue", {
              used: formatNumber(lang, budget.hours, 1),
              budget: formatNumber(lang, scenarioBudget.hoursPerWeek),
            }),
            money: t("sandbox.budget.moneyValue", {
              used: formatMetric(lang, "revenue", budget.money, currency),
              budget: formatMetric(lang, "revenue", scenarioBudget.moneyPerWeek, currency),
            }),
            over:
              budget.hours > scenarioBudget.hoursPerWeek ||
              budget.money > scenarioBudget.moneyPerWeek,
          }}
        />
      </div>
      <p class="sbx-jump">
        <a
          href="#sbx-results"
          onClick={(e) => {
            e.preventDefault();
            toResults();
          }}
        >
          {t("sandbox.jump")}
        </a>
      </p>
      <div class="sbx-layout">
        <div class="sbx-side">
          <div class="sbx-o-scenario">
            <ScenarioPanel
              lang={lang}
              t={t}
              scenarios={listScenarios()}
              scenario={scenario}
              seed={session.seed}
              weeks={session.weeks}
              fixed={state.mode !== "free"}
              onScenario={(id) => dispatch({ type: "scenario", id })}
              onSeed={(seed) => dispatch({ type: "seed", seed })}
              onNewSeed={sbx.newSeed}
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
              hoursBudget={scenarioBudget.hoursPerWeek}
              money={budget.money}
              moneyBudget={scenarioBudget.moneyPerWeek}
              currency={currency}
              past={finished}
            />
            <LeverPanel
              lang={lang}
              t={t}
              levers={sbx.levers}
              locked={sbx.lockedNames}
              readOnly={readOnly || finished}
              started={session.week > 0}
              onChange={(name, value) => dispatch({ type: "lever", name, value })}
              modules={modules}
              pending={sbx.pending}
              moduleHref={moduleHref}
            />
          </section>
        </div>

        <div class="sbx-main">
          {state.work.label && (
            <p class="sbx-label sbx-o-goals">{t("sandbox.label", { label: state.work.label })}</p>
          )}
          <div class="sbx-o-goals">
            {assignment ? (
              <ChallengePanel
                lang={lang}
                t={t}
                assignment={assignment}
                selfPaced={moduleIdOf(assignment.id) !== null}
                lines={sbx.checklist.lines}
                percent={sbx.checklist.percent}
                finished={finished}
                learner={state.learner}
                submit={state.submit}
                personalSeed={sbx.personalSeed}
                currency={currency}
                now={new Date()}
                readOnly={readOnly}
                onLearner={(learner) => dispatch({ type: "learner", learner })}
                onSubmit={(who) => void sbx.submitRun(who)}
                onLeave={sbx.leave}
              />
            ) : (
              <GoalCard
                lang={lang}
                t={t}
                planGoals={!!state.work.goals}
                lines={sbx.checklist.lines}
                percent={sbx.checklist.percent}
                weeks={session.weeks}
                finished={finished}
                currency={currency}
              />
            )}
          </div>
          <section class="sbx-o-results sbx-results" aria-labelledby="sbx-results">
            <h2 id="sbx-results" class="sbx-card-title" tabIndex={-1} ref={results}>
              {t("sandbox.results")}
            </h2>
            <KpiCards lang={lang} t={t} items={sbx.kpiItems} currency={currency} />
            <ChartGrid
              lang={lang}
              t={t}
              series={sbx.series}
              compare={sbx.compareSeries}
              bands={mc.bands}
              rows={sbx.rows}
              currency={currency}
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
                lines={sbx.decisions}
                readOnly={readOnly}
                onRemove={(week, lever) => dispatch({ type: "remove-decision", week, lever })}
              />
            </section>
            <section class="sbx-card" aria-labelledby="sbx-events-title">
              <h2 id="sbx-events-title" class="sbx-card-title">
                {t("sandbox.events.title")}
              </h2>
              <EventLog t={t} events={sbx.events} modules={modules} moduleHref={moduleHref} />
            </section>
          </div>
          <div class="sbx-tools sbx-o-tools">
            <MonteCarloPanel
              lang={lang}
              t={t}
              on={mc.on}
              runs={state.mcRuns}
              status={mc.status}
              metrics={mc.metrics}
              currency={currency}
              onToggle={mc.toggle}
              onRuns={(runs) => dispatch({ type: "mc-runs", runs })}
              onCancel={mc.cancel}
              onRetry={mc.retry}
            />
            <ComparePanel
              lang={lang}
              t={t}
              pinned={state.pinned ?? null}
              mismatch={!sbx.comparable}
              lines={sbx.compareLines}
              currency={currency}
              readOnly={readOnly}
              onPin={() => dispatch({ type: "pin" })}
              onUnpin={() => dispatch({ type: "unpin" })}
              onStartB={reset}
            />
            <SharePanel t={t} url={sbx.shareUrl} />
            <SensitivityPanel
              lang={lang}
              t={t}
              metric={state.metric}
              status={sensitivity.status}
              currency={currency}
              onMetric={(metric) => dispatch({ type: "metric", metric })}
              onRun={sensitivity.run}
              onCancel={sensitivity.cancel}
            />
          </div>
        </div>
      </div>
      <RestartDialog
        t={t}
        dialog={restartDialog}
        week={session.week}
        decisions={sbx.decisions.length}
        onRestart={reset}
      />
    </div>
  );
}
