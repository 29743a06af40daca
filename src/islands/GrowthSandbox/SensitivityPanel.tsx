import { useMemo, useRef } from "preact/hooks";
import { GOAL_METRICS, type Levers } from "../../sim/index";
import { BatchProgress } from "./BatchProgress";
import { ChartCanvas, useChartLib, useColors } from "./ChartGrid";
import { formatDelta, formatMetric, type UiLang } from "../../sandbox/format";
import { leverLabel, metricLabel } from "../../i18n/sim";
import { rankEffects, type Effect } from "../../sandbox/sensitivity";
import type { T } from "../../i18n/t";

export interface SensitivityStatus {
  state: "idle" | "running" | "done" | "error";
  done: number;
  total: number;
  result?: { metric: string; baseline: number | null; effects: Effect[]; stale: boolean };
}

/** Metrics offered for the analysis: the goal metrics. */
export const SENSITIVITY_METRICS = GOAL_METRICS;

/** "What changed my outcome": nudge each lever up and down and chart its effect on a chosen metric. */
export function SensitivityPanel(p: {
  lang: UiLang;
  t: T;
  metric: string;
  status: SensitivityStatus;
  currency: string;
  onMetric: (metric: string) => void;
  onRun: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = p;
  const root = useRef<HTMLElement>(null);
  const { lib } = useChartLib();
  const colors = useColors(root, lib !== null);
  const result = p.status.result;
  const rows = useMemo(() => (result ? rankEffects(result.effects) : []), [result]);
  const label = (lever: keyof Levers) => leverLabel(t, lever);
  const delta = (metric: string, v: number) =>
    formatDelta(lang, metric, v, t("sandbox.points"), p.currency);
  const config =
    lib && colors && result
      ? lib.sensitivityConfig(
          rows.map((r) => ({ label: label(r.lever), up: r.up, down: r.down })),
          {
            up: t("sandbox.sens.up"),
            down: t("sandbox.sens.down"),
            axis: t("sandbox.sens.axis", { metric: metricLabel(t, result.metric) }),
          },
          colors,
          (v) => delta(result.metric, v),
        )
      : null;

  return (
    <section class="sbx-card sbx-sens" aria-labelledby="sbx-sens-title" ref={root}>
      <h2 id="sbx-sens-title" class="sbx-card-title">
        {t("sandbox.sens.title")}
      </h2>
      <p class="muted">{t("sandbox.sens.intro")}</p>
      <div class="sbx-row">
        <label class="sbx-inline">
          <span>{t("sandbox.sens.metric")}</span>
          <select
            value={p.metric}
            onChange={(e) => p.onMetric((e.currentTarget as HTMLSelectElement).value)}
          >
            {SENSITIVITY_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(t, m)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn" onClick={p.onRun} disabled={p.status.state === "running"}>
          {t("sandbox.sens.run")}
        </button>
      </div>
      {p.status.state === "running" && (
        <BatchProgress
          t={t}
          label={t("sandbox.sens.running", { done: p.status.done, total: p.status.total })}
          done={p.status.done}
          total={p.status.total}
          onCancel={p.onCancel}
        />
      )}
      {p.status.state === "error" && (
        <p role="alert" class="notice">
          {t("sandbox.sens.error")}
        </p>
      )}
      {result && (
        <>
          {result.stale && <p class="notice">{t("sandbox.sens.stale")}</p>}
          <p>
            {t("sandbox.sens.baseline", {
              metric: metricLabel(t, result.metric),
              value: formatMetric(lang, result.metric, result.baseline, p.currency),
            })}
          </p>
          <ChartCanvas
            lib={lib}
            config={config}
            label={t("sandbox.sens.chartLabel", { metric: metricLabel(t, result.metric) })}
          />
          <details class="sbx-table">
            <summary>{t("sandbox.chart.table")}</summary>
            <div class="table-wrap" tabIndex={0} role="region" aria-label={t("sandbox.sens.title")}>
              <table>
                <caption class="visually-hidden">{t("sandbox.sens.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("sandbox.sens.lever")}</th>
                    <th scope="col">{t("sandbox.sens.up")}</th>
                    <th scope="col">{t("sandbox.sens.down")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.lever} data-lever={r.lever}>
                      <th scope="row">{label(r.lever)}</th>
                      <td>
                        {r.up === null ? t("sandbox.sens.atLimit") : delta(result.metric, r.up)}
                      </td>
                      <td>
                        {r.down === null ? t("sandbox.sens.atLimit") : delta(result.metric, r.down)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
