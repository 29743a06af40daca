import { useEffect, useState } from "preact/hooks";
import type { Scenario } from "../../sim/index";
import { formatMetric, formatNumber, type UiLang } from "../../sandbox/format";
import type { T } from "../../i18n/t";

/** The scenario picker with the story, platform, budget and length, and the seed with "new seed". */
export function ScenarioPanel(p: {
  lang: UiLang;
  t: T;
  scenarios: readonly Scenario[];
  scenario: Scenario;
  seed: number;
  weeks: number;
  /** Fixed by a challenge or a review. */
  fixed: boolean;
  onScenario: (id: string) => void;
  onSeed: (seed: number) => void;
  onNewSeed: () => void;
}) {
  const { t, lang, scenario } = p;
  const [seedText, setSeedText] = useState(String(p.seed));
  const [seedError, setSeedError] = useState(false);
  useEffect(() => {
    setSeedText(String(p.seed));
    setSeedError(false);
  }, [p.seed]);
  const commitSeed = () => {
    const value = Number(seedText.trim());
    if (seedText.trim() === "" || !Number.isInteger(value) || value < 0 || value > 2147483646) {
      setSeedError(true);
      return;
    }
    setSeedError(false);
    if (value !== p.seed) p.onSeed(value);
  };
  return (
    <section class="sbx-card sbx-scenario" aria-labelledby="sbx-scenario-title">
      <h2 id="sbx-scenario-title" class="sbx-card-title">
        {t("sandbox.scenario.title")}
      </h2>
      <label class="sbx-stack">
        <span>{t("sandbox.scenario.pick")}</span>
        <select
          value={scenario.id}
          disabled={p.fixed}
          onChange={(e) => p.onScenario((e.currentTarget as HTMLSelectElement).value)}
        >
          {p.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title[lang]}
            </option>
          ))}
        </select>
      </label>
      <p class="sbx-story">{scenario.description[lang]}</p>
      <dl class="sbx-facts">
        <div>
          <dt>{t("sandbox.scenario.platform")}</dt>
          <dd>{t(`sandbox.platform.${scenario.platform}`)}</dd>
        </div>
        <div>
          <dt>{t("sandbox.scenario.budget")}</dt>
          <dd>
            {t("sandbox.scenario.budgetValue", {
              hours: formatNumber(lang, scenario.budget.hoursPerWeek),
              money: formatMetric(lang, "revenue", scenario.budget.moneyPerWeek, scenario.currency),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("sandbox.scenario.length")}</dt>
          <dd>{t("sandbox.scenario.weeks", { weeks: p.weeks })}</dd>
        </div>
      </dl>
      <div class="sbx-seed">
        <label class="sbx-stack">
          <span>{t("sandbox.scenario.seed")}</span>
          <input
            type="text"
            inputMode="numeric"
            value={seedText}
            disabled={p.fixed}
            aria-invalid={seedError}
            aria-describedby="sbx-seed-help"
            onInput={(e) => setSeedText((e.currentTarget as HTMLInputElement).value)}
            onChange={commitSeed}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitSeed();
            }}
          />
        </label>
        <button type="button" class="btn" onClick={p.onNewSeed} disabled={p.fixed}>
          {t("sandbox.scenario.newSeed")}
        </button>
      </div>
      <p id="sbx-seed-help" class={seedError ? "sbx-error" : "muted sbx-small"}>
        {seedError ? t("sandbox.scenario.seedError") : t("sandbox.scenario.seedHelp")}
      </p>
    </section>
  );
}

/** Hours and money the coming week commits against the scenario's budget, with a warning when over. */
export function BudgetMeter(p: {
  lang: UiLang;
  t: T;
  hours: number;
  hoursBudget: number;
  money: number;
  moneyBudget: number;
  currency: string;
  /** The last week run (the run is over) rather than the coming week. */
  past: boolean;
}) {
  const { t, lang } = p;
  const overHours = p.hours > p.hoursBudget + 1e-9;
  const overMoney = p.money > p.moneyBudget + 1e-9;
  const bar = (value: number, budget: number) =>
    budget > 0 ? Math.min(100, (value / budget) * 100) : value > 0 ? 100 : 0;
  return (
    <div class={`sbx-budget${overHours || overMoney ? " sbx-budget-over" : ""}`} aria-live="polite">
      <p class="sbx-budget-title">
        {t(p.past ? "sandbox.budget.lastWeek" : "sandbox.budget.nextWeek")}
      </p>
      <div class="sbx-budget-row" data-budget="hours">
        <span>{t("sandbox.budget.hours")}</span>
        <span class="sbx-budget-bar" aria-hidden="true">
          <span
            class={overHours ? "sbx-fill sbx-fill-over" : "sbx-fill"}
            style={`width:${bar(p.hours, p.hoursBudget)}%`}
          />
        </span>
        <span class="sbx-budget-value">
          {t("sandbox.budget.hoursValue", {
            used: formatNumber(lang, p.hours, 1),
            budget: formatNumber(lang, p.hoursBudget),
          })}
        </span>
      </div>
      <div class="sbx-budget-row" data-budget="money">
        <span>{t("sandbox.budget.money")}</span>
        <span class="sbx-budget-bar" aria-hidden="true">
          <span
            class={overMoney ? "sbx-fill sbx-fill-over" : "sbx-fill"}
            style={`width:${bar(p.money, p.moneyBudget)}%`}
          />
        </span>
        <span class="sbx-budget-value">
          {t("sandbox.budget.moneyValue", {
            used: formatMetric(lang, "revenue", p.money, p.currency),
            budget: formatMetric(lang, "revenue", p.moneyBudget, p.currency),
          })}
        </span>
      </div>
      {overHours && (
        <p class="sbx-warn" role="alert">
          {t("sandbox.budget.overHours")}
        </p>
      )}
      {overMoney && (
        <p class="sbx-warn" role="alert">
          {t("sandbox.budget.overMoney")}
        </p>
      )}
    </div>
  );
}
