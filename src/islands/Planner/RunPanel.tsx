import type { Levers } from "../../sim/types";
import type { Goal } from "../../schemas/module";
import type { Lang } from "../../schemas/common";
import type { PlanRun } from "../../grading/plan-to-run";
import type { T } from "../../i18n/t";
import { fmtNum, fmtPct } from "../../widgets/numbers";
import type { SimLabels } from "../../planner/view";

function leverValue(value: Levers[keyof Levers], t: T, lang: Lang): string {
  if (typeof value === "boolean") return t(value ? "planner.doc.yes" : "planner.doc.no");
  if (typeof value === "string") return t(`planner.run.choice.${value}`);
  return fmtNum(lang, value, 2);
}

export function goalText(goal: Goal, labels: SimLabels, t: T, lang: Lang): string {
  const spec = labels.metrics[goal.metric];
  const value = spec?.ratio ? fmtPct(lang, goal.value, 1) : fmtNum(lang, goal.value, 2);
  return t(goal.byWeek === undefined ? "planner.run.goal" : "planner.run.goalBy", {
    metric: spec?.label ?? goal.metric,
    op: goal.op === ">=" ? "≥" : "≤",
    value,
    week: goal.byWeek ?? 0,
  });
}

/** What "Run this plan" will do: the levers, the timed decisions, the goals, and what is left out. */
export function RunPanel({
  mapped,
  href,
  scenarioName,
  labels,
  lang,
  t,
}: {
  mapped: PlanRun | null;
  href: string | null;
  scenarioName: string;
  labels: SimLabels;
  lang: Lang;
  t: T;
}) {
  const leverLabel = (name: string) => labels.levers[name] ?? name;
  if (!mapped || !href) {
    return <p class="notice">{t("planner.run.noScenario")}</p>;
  }
  const { run, goals, notes } = mapped;
  return (
    <div class="pl-run">
      <p>
        <a class="btn btn-primary" href={href} id="pl-run-link">
          {t("planner.run.open")}
        </a>{" "}
        <span class="muted">
          {t("planner.run.summary", { scenario: scenarioName, weeks: run.weeks, seed: run.seed })}
        </span>
      </p>
      <details class="pl-run-details">
        <summary>{t("planner.run.details")}</summary>
        <div class="table-wrap">
          <table>
            <caption>{t("planner.run.decisions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("planner.run.week")}</th>
                <th scope="col">{t("planner.run.lever")}</th>
                <th scope="col">{t("planner.run.value")}</th>
              </tr>
            </thead>
            <tbody>
              {run.decisions.flatMap((d) =>
                Object.entries(d.set).map(([name, value]) => (
                  <tr key={`${d.week}-${name}`}>
                    <td>{d.week === 0 ? t("planner.run.start") : d.week}</td>
                    <td>{leverLabel(name)}</td>
                    <td>{leverValue(value, t, lang)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
        <h3>{t("planner.run.goals")}</h3>
        {goals.length === 0 ? (
          <p>{t("planner.run.noGoals")}</p>
        ) : (
          <ul>
            {goals.map((g, i) => (
              <li key={i}>{goalText(g, labels, t, lang)}</li>
            ))}
          </ul>
        )}
        {notes.length > 0 && (
          <>
            <h3>{t("planner.run.notes")}</h3>
            <ul class="pl-run-notes">
              {notes.map((n, i) => {
                const values = { ...n.values };
                if (typeof values.lever === "string") values.lever = leverLabel(values.lever);
                return <li key={i}>{t(`planner.run.note.${n.key}`, values)}</li>;
              })}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
