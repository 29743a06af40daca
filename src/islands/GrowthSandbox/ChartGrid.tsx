import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Chart, ChartConfiguration } from "chart.js";
import type { WeekMetrics } from "../../sim/index";
import type {
  AlignedBands,
  SandboxChartId,
  SandboxChartInput,
  SandboxChartNames,
  SandboxColors,
} from "../../lib/charts/sandbox";
import { chartFormat, formatMetric, type UiLang } from "../../sandbox/format";
import { metricLabel } from "../../i18n/sim";
import { queueDraw } from "../../lib/charts/draw-queue";
import { readColors, useThemeVersion } from "./theme";
import { CHART_BANDS, TABLE_COLUMNS, retentionTable, timeTable } from "../../sandbox/tables";
import type { T } from "../../i18n/t";
import type { SandboxSeries } from "../../sandbox/view";
import { STAGES } from "../../vocabulary/community";

type ChartLib = typeof import("../../lib/charts/sandbox");

const CHARTS: readonly SandboxChartId[] = [
  "members",
  "activity",
  "joins",
  "retention",
  "money",
  "nps",
];

/** Loads the Chart.js adapters once, after the page is up (they are the heaviest part of the page). */
export function useChartLib(): { lib: ChartLib | null; failed: boolean } {
  const [state, setState] = useState<{ lib: ChartLib | null; failed: boolean }>({
    lib: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    import("../../lib/charts/sandbox")
      .then((lib) => live && setState({ lib, failed: false }))
      .catch(() => live && setState({ lib: null, failed: true }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The palette of the current theme, re-read when the theme changes. */
export function useColors(ref: { current: Element | null }, ready: boolean): SandboxColors | null {
  const version = useThemeVersion();
  return useMemo(
    () => (ref.current && ready ? readColors(ref.current) : null),
    [version, ready, ref.current],
  );
}

export function chartNames(t: T): SandboxChartNames {
  return {
    week: t("sandbox.chart.week"),
    newcomer: metricLabel(t, "newcomer"),
    ordinary: metricLabel(t, "ordinary"),
    active: metricLabel(t, "active"),
    core: metricLabel(t, "core"),
    dormant: metricLabel(t, "dormant"),
    dau: metricLabel(t, "dau"),
    wau: metricLabel(t, "wau"),
    mau: metricLabel(t, "mau"),
    stickiness: metricLabel(t, "stickiness"),
    joinsOrganic: metricLabel(t, "joinsOrganic"),
    joinsReferral: metricLabel(t, "joinsReferral"),
    joinsPaid: metricLabel(t, "joinsPaid"),
    revenue: metricLabel(t, "revenue"),
    spent: metricLabel(t, "spent"),
    nps: metricLabel(t, "nps"),
    retention: t("sandbox.chart.retentionLine"),
    weeksSinceJoining: t("sandbox.chart.weeksSinceJoining"),
    people: t("sandbox.chart.joinsTotal"),
    money: t("sandbox.chart.money"),
    band: t("sandbox.chart.band"),
    median: t("sandbox.chart.median"),
    runA: (what: string) => t("sandbox.chart.runA", { what }),
    membersTotal: metricLabel(t, "members"),
  };
}

interface ChartGridProps {
  lang: UiLang;
  t: T;
  series: SandboxSeries;
  compare: SandboxSeries | null;
  bands: AlignedBands | null;
  /** Weeks run so far with week 0 first, for the tables. */
  rows: readonly WeekMetrics[];
  currency: string;
}

/** The six charts, each with a table of the same numbers, and the stage legend. */
export function ChartGrid(props: ChartGridProps) {
  const { lang, t, series } = props;
  const root = useRef<HTMLDivElement>(null);
  const { lib, failed } = useChartLib();
  const colors = useColors(root, lib !== null);
  const names = useMemo(() => chartNames(t), [t]);
  const format = useMemo(() => chartFormat(lang, props.currency), [lang, props.currency]);
  const input: SandboxChartInput | null = colors
    ? { series, compare: props.compare, bands: props.bands, names, colors, format }
    : null;

  return (
    <div
      class="sbx-charts"
      ref={root}
      data-bands={props.bands ? "on" : "off"}
      data-compare={props.compare ? "on" : "off"}
    >
      <div class="sbx-stage-legend">
        <p class="sbx-legend-title">{t("sandbox.chart.stages")}</p>
        <ul class="sbx-legend">
          {STAGES.map((stage) => (
            <li key={stage}>
              <span class={`sbx-swatch sbx-swatch-${stage}`} aria-hidden="true" />
              {t(`sandbox.stage.${stage}`)}
            </li>
          ))}
          <li>
            <span class="sbx-swatch sbx-swatch-marker" aria-hidden="true" />
            {t("sandbox.chart.marker")}
          </li>
        </ul>
        <ol class="sbx-stage-spans" aria-label={t("sandbox.chart.stageSpans")}>
          {series.stages.map((band) => (
            <li key={band.from} data-stage={band.stage} data-from={band.from} data-to={band.to}>
              {t("sandbox.chart.stageSpan", {
                stage: t(`sandbox.stage.${band.stage}`),
                from: band.from,
                to: band.to,
              })}
            </li>
          ))}
        </ol>
        {series.markers.length > 0 && (
          <p class="sbx-marker-list" data-weeks={series.markers.join(",")}>
            {t("sandbox.chart.markerList", {
              weeks: series.markers.join(lang === "en" ? ", " : "、"),
            })}
          </p>
        )}
      </div>
      {failed && <p class="notice">{t("sandbox.chart.failed")}</p>}
      <div class="sbx-chart-grid">
        {CHARTS.map((id) => (
          <ChartFigure
            key={id}
            id={id}
            t={t}
            lang={lang}
            lib={lib}
            config={lib && input ? lib.sandboxChartConfig(id, input) : null}
            rows={props.rows}
            series={series}
            bands={props.bands}
            currency={props.currency}
          />
        ))}
      </div>
    </div>
  );
}

/** A canvas that draws a configuration and redraws in place when it changes. */
export function ChartCanvas({
  lib,
  config,
  label,
}: {
  lib: ChartLib | null;
  config: ChartConfiguration | null;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!lib || !config || !canvas.current) return;
    if (chart.current && (chart.current.config as { type?: string }).type === config.type) {
      lib.updateChart(chart.current, config);
      return;
    }
    // Making a chart is the costly part: each waits for its own turn (see queueDraw).
    return queueDraw(() => {
      if (!canvas.current) return;
      chart.current?.destroy();
      chart.current = lib.drawChart(canvas.current, config);
    });
  }, [lib, config]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div class="sbx-canvas">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

function ChartFigure(props: {
  id: SandboxChartId;
  t: T;
  lang: UiLang;
  lib: ChartLib | null;
  config: ChartConfiguration | null;
  rows: readonly WeekMetrics[];
  series: SandboxSeries;
  bands: AlignedBands | null;
  currency: string;
}) {
  const { id, t, lang, series } = props;
  const [open, setOpen] = useState(false);
  const title = t(`sandbox.chart.${id}.title`);
  return (
    <figure class="sbx-chart" data-chart={id}>
      <figcaption>
        <h3 class="sbx-chart-title">{title}</h3>
        <p class="sbx-chart-desc muted">{t(`sandbox.chart.${id}.desc`)}</p>
      </figcaption>
      <ChartCanvas
        lib={props.lib}
        config={props.config}
        label={t("sandbox.chart.summary", { title, week: series.current, weeks: series.weeks })}
      />
      <details
        class="sbx-table"
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{t("sandbox.chart.table")}</summary>
        {open && (
          <ChartTable
            id={id}
            t={t}
            lang={lang}
            rows={props.rows}
            series={series}
            bands={props.bands}
            currency={props.currency}
          />
        )}
      </details>
    </figure>
  );
}

function ChartTable(props: {
  id: SandboxChartId;
  t: T;
  lang: UiLang;
  rows: readonly WeekMetrics[];
  series: SandboxSeries;
  bands: AlignedBands | null;
  currency: string;
}) {
  const { id, t, lang, currency } = props;
  if (id === "retention") {
    return (
      <div
        class="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t("sandbox.chart.retention.title")}
      >
        <table>
          <caption class="visually-hidden">{t("sandbox.chart.retention.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sandbox.chart.weeksSinceJoining")}</th>
              <th scope="col">{t("sandbox.chart.retentionLine")}</th>
            </tr>
          </thead>
          <tbody>
            {retentionTable(props.series).map((r) => (
              <tr key={r.weeksSince}>
                <th scope="row">{r.weeksSince}</th>
                <td>{formatMetric(lang, "retentionW1", r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  const columns = TABLE_COLUMNS[id];
  // The Monte Carlo band the chart draws, in the table too: its range and median by week.
  const bandMetric = CHART_BANDS[id];
  const band = bandMetric ? props.bands?.[bandMetric] : undefined;
  const bandName = bandMetric && metricLabel(t, bandMetric);
  const cell = (metric: string, v: number | null) => formatMetric(lang, metric, v, currency);
  return (
    <div
      class="table-wrap sbx-table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t(`sandbox.chart.${id}.title`)}
    >
      <table>
        <caption class="visually-hidden">{t(`sandbox.chart.${id}.title`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sandbox.chart.week")}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {metricLabel(t, c)}
              </th>
            ))}
            {band && bandMetric && (
              <>
                <th scope="col">{t("sandbox.chart.bandOf", { metric: bandName as string })}</th>
                <th scope="col">{t("sandbox.chart.medianOf", { metric: bandName as string })}</th>
              </>
            )}
            <th scope="col">{t("sandbox.chart.stage")}</th>
          </tr>
        </thead>
        <tbody>
          {timeTable(props.rows, columns, band).map((row) => (
            <tr key={row.week}>
              <th scope="row">{row.week}</th>
              {row.values.map((v, i) => (
                <td key={i}>{cell(columns[i] as string, v)}</td>
              ))}
              {row.band && bandMetric && (
                <>
                  <td>
                    {row.band.p10 === null || row.band.p90 === null
                      ? "—"
                      : t("sandbox.chart.range", {
                          low: cell(bandMetric, row.band.p10),
                          high: cell(bandMetric, row.band.p90),
                        })}
                  </td>
                  <td>{cell(bandMetric, row.band.p50)}</td>
                </>
              )}
              <td>{t(`sandbox.stage.${row.stage}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
