import type { PlanCost } from "../../grading/plan-cost";
import type { T } from "../../i18n/t";
import { fmtNum } from "../../widgets/numbers";
import type { SimLabels } from "../../planner/view";

const money = (lang: string, value: number) => `¥${fmtNum(lang, value)}`;

/** A bar of `value` against `limit`, drawn as a share of whichever is larger. */
function Meter({ value, limit, over }: { value: number; limit: number; over: boolean }) {
  const top = Math.max(value, limit, 1);
  return (
    <span class={`pl-meter${over ? " is-over" : ""}`} aria-hidden="true">
      <span class="pl-meter-fill" style={{ width: `${(100 * value) / top}%` }} />
      <span class="pl-meter-limit" style={{ left: `${(100 * limit) / top}%` }} />
    </span>
  );
}

/**
 * Hours and money: what the plan's run asks of the team and the budget, from the engine's own
 * cost table, against the scenario's team hours and weekly budget.
 */
export function CostPanel({
  cost,
  labels,
  lang,
  t,
}: {
  cost: PlanCost | null | "pending" | "failed";
  labels: SimLabels;
  lang: string;
  t: T;
}) {
  if (cost === null) return <p class="muted">{t("planner.cost.noScenario")}</p>;
  if (cost === "pending") return <p class="muted">{t("planner.cost.pending")}</p>;
  if (cost === "failed") return <p class="notice">{t("planner.cost.failed")}</p>;
  const hours = (h: number) => fmtNum(lang, h, 1);
  const rows = Object.entries(cost.levers)
    .filter(([, h]) => h >= 0.05)
    .sort((a, b) => b[1] - a[1]);
  const weeks = { from: cost.busiestFrom, to: cost.busiestFrom + 3 };
  return (
    <div class="pl-cost-body">
      <p class={cost.hoursFit ? "pl-cost-ok" : "pl-cost-over"}>
        <strong>
          {t(cost.hoursFit ? "planner.cost.hoursFit" : "planner.cost.hoursOver", {
            hours: hours(cost.busiestHours),
            team: hours(cost.teamHours),
          })}
        </strong>{" "}
        {t("planner.cost.busiest", weeks)}
        <Meter value={cost.busiestHours} limit={cost.teamHours} over={!cost.hoursFit} />
      </p>
      <div class="table-wrap">
        <table class="pl-cost-table">
          <caption>{t("planner.cost.breakdown", { week: cost.busiestFrom })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("planner.cost.item")}</th>
              <th scope="col">{t("planner.cost.hoursCol")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([lever, h]) => (
              <tr key={lever}>
                <th scope="row">{labels.levers[lever] ?? lever}</th>
                <td>{hours(h)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("planner.cost.other")}</th>
              <td>{hours(cost.otherHours)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="muted">{t("planner.cost.firstWeek", { hours: hours(cost.firstWeekHours) })}</p>
      <p class={cost.moneyFit ? "pl-cost-ok" : "pl-cost-over"}>
        <strong>
          {cost.moneyFit
            ? t("planner.cost.moneyFit", { budget: money(lang, cost.budget) })
            : t("planner.cost.moneyShort", {
                week: cost.moneyShortFrom ?? 0,
                budget: money(lang, cost.budget),
              })}
        </strong>{" "}
        {t("planner.cost.spend", {
          mean: money(lang, cost.meanSpend),
          max: money(lang, cost.maxSpend),
        })}
      </p>
      <p class="pl-help">{t("planner.cost.how")}</p>
    </div>
  );
}
