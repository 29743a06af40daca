import { CURRENT_RULE, judgedOverRun, type ScoringRule } from "../../grading/rules";
import type { Levers, SimEvent } from "../../sim/index";
import { eventHint, eventText, leverLabel, metricLabel } from "../../i18n/sim";
import { formatDelta, formatLever, formatMetric, type UiLang } from "../../sandbox/format";
import type { T } from "../../i18n/t";
import type { ModuleRef } from "../../sandbox/types";
import type { DecisionLine, GoalLine, Kpi } from "../../sandbox/view";

/** KPI cards: the value this week and the change from last week. */
export function KpiCards({
  lang,
  t,
  items,
  currency,
}: {
  lang: UiLang;
  t: T;
  items: Kpi[];
  currency: string;
}) {
  return (
    <ul class="sbx-kpis" aria-label={t("sandbox.kpi.label")}>
      {items.map((k) => {
        const dir = k.delta === null || k.delta === 0 ? "flat" : k.delta > 0 ? "up" : "down";
        return (
          <li key={k.metric} class="sbx-kpi" data-metric={k.metric} data-value={k.value ?? ""}>
            <span class="sbx-kpi-label">{metricLabel(t, k.metric)}</span>
            <span class="sbx-kpi-value">{formatMetric(lang, k.metric, k.value, currency)}</span>
            <span class={`sbx-kpi-delta sbx-${dir}`}>
              {k.delta === null
                ? t("sandbox.kpi.noChange")
                : t("sandbox.kpi.delta", {
                    delta: formatDelta(lang, k.metric, k.delta, t("sandbox.points"), currency),
                  })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A goal in words: "Members ≥ 5,000 by week 52". */
export function goalText(
  lang: UiLang,
  t: T,
  goal: GoalLine["goal"],
  weeks: number,
  currency: string,
  rule: ScoringRule = CURRENT_RULE,
): string {
  const label = metricLabel(t, goal.metric);
  return t(goal.op === ">=" ? "sandbox.goal.atLeast" : "sandbox.goal.atMost", {
    metric: judgedOverRun(goal.metric, rule) ? t("sandbox.goal.busiest", { metric: label }) : label,
    value: formatMetric(lang, goal.metric, goal.value, currency),
    week: goal.byWeek ?? weeks,
  });
}

const MARK: Record<GoalLine["state"], string> = {
  met: "✓",
  "on-track": "↗",
  pending: "…",
  missed: "✗",
};

/** The goals as a live checklist. */
export function GoalList({
  lang,
  t,
  lines,
  weeks,
  currency,
  rule,
}: {
  lang: UiLang;
  t: T;
  lines: GoalLine[];
  weeks: number;
  currency: string;
  /** The scoring rule the goals are judged by (the current one for a free run). */
  rule?: ScoringRule;
}) {
  return (
    <ul class="sbx-goals">
      {lines.map((line, i) => (
        <li key={i} class={`sbx-goal sbx-goal-${line.state}`} data-state={line.state}>
          <span class="sbx-goal-mark" aria-hidden="true">
            {MARK[line.state]}
          </span>
          <span class="sbx-goal-text">
            {goalText(lang, t, line.goal, weeks, currency, rule)}
            <span class="sbx-goal-now">
              {t(`sandbox.goal.state.${line.state}`)} ·{" "}
              {t("sandbox.goal.now", {
                value: formatMetric(lang, line.goal.metric, line.actual, currency),
              })}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The goals of a free run (the scenario's, or a plan's KPIs) as a checklist, with the score so far. */
export function GoalCard(p: {
  lang: UiLang;
  t: T;
  /** The goals are a plan's KPIs (the planner opened the run). */
  planGoals: boolean;
  lines: GoalLine[];
  percent: number;
  weeks: number;
  finished: boolean;
  currency: string;
}) {
  const { t } = p;
  return (
    <section class="sbx-card sbx-goal-card" aria-labelledby="sbx-goals-title">
      <h2 id="sbx-goals-title" class="sbx-card-title">
        {t(p.planGoals ? "sandbox.goals.plan" : "sandbox.goals.title")}
      </h2>
      <GoalList lang={p.lang} t={t} lines={p.lines} weeks={p.weeks} currency={p.currency} />
      <p class="sbx-score">
        {t(p.finished ? "sandbox.goals.score" : "sandbox.goals.scoreSoFar", { score: p.percent })}
      </p>
    </section>
  );
}

/** The event log: what happened, when, and what the learner could have done, with the module that teaches it. */
export function EventLog({
  t,
  events,
  modules,
  moduleHref,
}: {
  t: T;
  events: SimEvent[];
  modules: readonly ModuleRef[];
  moduleHref: (slug: string) => string;
}) {
  if (!events.length) return <p class="muted">{t("sandbox.events.none")}</p>;
  return (
    <ol class="sbx-events" reversed>
      {events.map((e, i) => {
        const module = modules.find((m) => m.number === e.module);
        return (
          <li
            key={`${e.week}-${e.id}-${i}`}
            class={`sbx-event sbx-event-${e.kind}`}
            data-event={e.id}
          >
            <p class="sbx-event-head">
              <span class="sbx-event-week">{t("sandbox.events.week", { week: e.week })}</span>
              <span class="sbx-event-kind">{t(`sandbox.events.kind.${e.kind}`)}</span>
            </p>
            <p class="sbx-event-text">{eventText(t, e)}</p>
            <p class="sbx-event-hint">
              <strong>
                {t(e.kind === "world" ? "sandbox.events.couldHave" : "sandbox.events.watch")}
              </strong>{" "}
              {eventHint(t, e)}
              {module && (
                <>
                  {" "}
                  <a href={moduleHref(module.slug)}>
                    {t("sandbox.lever.module", { n: module.number, title: module.title })}
                  </a>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** The learner's decisions: from which week each lever changed, from what to what. */
export function DecisionList({
  lang,
  t,
  lines,
  readOnly,
  onRemove,
}: {
  lang: UiLang;
  t: T;
  lines: DecisionLine[];
  readOnly: boolean;
  onRemove: (week: number, lever: keyof Levers) => void;
}) {
  if (!lines.length) return <p class="muted">{t("sandbox.decisions.none")}</p>;
  const label = (lever: keyof Levers) => leverLabel(t, lever);
  return (
    <ul class="sbx-decisions">
      {lines.map((d) => (
        <li key={`${d.week}-${d.lever}`} data-week={d.week}>
          <span class="sbx-decision-week">
            {d.week <= 1
              ? t("sandbox.decisions.start")
              : t("sandbox.decisions.fromWeek", { week: d.week })}
          </span>{" "}
          <span>
            {t("sandbox.decisions.change", {
              lever: label(d.lever),
              from: formatLever(lang, t, d.lever, d.from),
              to: formatLever(lang, t, d.lever, d.to),
            })}
          </span>
          {!readOnly && (
            <button
              type="button"
              class="sbx-link-button"
              onClick={() => onRemove(d.week, d.lever)}
              aria-label={t("sandbox.decisions.removeLabel", {
                lever: label(d.lever),
                week: d.week,
              })}
            >
              {t("sandbox.decisions.remove")}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
