import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../schemas/common";
import type { ChartColors } from "../../lib/charts/gradebook";
import { formatNumber, formatRatio } from "../../grading/gradebook/format";
import type { ClassView as ClassFigures, Spread } from "../../grading/gradebook/gradebook";
import type { T } from "../../i18n/t";
import { leverLabel } from "../../i18n/sim";

type ChartsModule = typeof import("../../lib/charts/gradebook");

interface Props {
  lang: Lang;
  t: T;
  view: ClassFigures;
}

/** Reads the theme's colours so the charts follow light and dark. */
function themeColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    fg: v("--fg"),
    muted: v("--fg-muted"),
    grid: v("--border"),
    accent: v("--accent"),
    warn: v("--warn"),
  };
}

/** A chart drawn with Chart.js (loaded on first use), redrawn when the data or the theme changes. */
function ChartCanvas({
  label,
  make,
  dataKey,
  tall,
}: {
  label: string;
  make: (m: ChartsModule, c: ChartColors) => ChartConfiguration;
  dataKey: string;
  tall?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const draw = () =>
      import("../../lib/charts/gradebook")
        .then((m) => {
          if (cancelled || !canvas.current) return;
          chart?.destroy();
          chart = m.drawChart(canvas.current, make(m, themeColors()));
        })
        .catch(() => setFailed(true));
    void draw();
    const observer = new MutationObserver(() => void draw());
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-theme"],
    });
    const media = matchMedia("(prefers-color-scheme: dark)");
    const onMedia = () => void draw();
    media.addEventListener("change", onMedia);
    return () => {
      cancelled = true;
      observer.disconnect();
      media.removeEventListener("change", onMedia);
      chart?.destroy();
    };
  }, [dataKey]);
  if (failed) return null;
  return (
    <div class={tall ? "in-chart is-tall" : "in-chart"}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

/** A table beside a chart: the first column heads the rows, the others hold numbers. */
interface MiniTable {
  columns: readonly string[];
  rows: readonly { key: string | number; head: ComponentChildren; cells: ComponentChildren[] }[];
}

function MiniTableView({ columns, rows }: MiniTable) {
  const [first, ...numeric] = columns;
  return (
    <table class="in-mini-table">
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {numeric.map((column, i) => (
            <th key={i} scope="col" class="num">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.head}</th>
            {row.cells.map((cell, i) => (
              <td key={i} class="num">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One chart of the class view with its table: shown beside it, or folded under `folded`. */
function ChartSection({
  title,
  chart,
  table,
  folded,
  empty,
}: {
  title: string;
  chart: Parameters<typeof ChartCanvas>[0];
  table: MiniTable;
  /** The summary of a <details> that holds the table; without it the table is always shown. */
  folded?: string;
  /** Shown instead of the chart and table when set (nothing to draw). */
  empty?: string;
}) {
  const tableView = <MiniTableView {...table} />;
  return (
    <figure class="in-figure">
      <figcaption>{title}</figcaption>
      {empty !== undefined ? (
        <p class="muted">{empty}</p>
      ) : (
        <>
          <ChartCanvas {...chart} />
          {folded === undefined ? (
            tableView
          ) : (
            <details>
              <summary>{folded}</summary>
              {tableView}
            </details>
          )}
        </>
      )}
    </figure>
  );
}

/** The rows of the spread table: how many, then the five-number summary. */
const STATS = ["n", "min", "q1", "median", "q3", "max"] as const;

const BANDS = Array.from({ length: 10 }, (_, i) =>
  i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`,
);

/** The class at a glance: score distribution, spread of outcomes, levers used — each chart with its table. */
export function ClassView({ lang, t, view }: Props) {
  if (view.verified === 0) return <p class="muted">{t("instructor.class.none")}</p>;
  const cell = (spread: Spread | null, stat: (typeof STATS)[number], fmt: (n: number) => string) =>
    spread === null ? "—" : stat === "n" ? String(spread.n) : fmt(spread[stat]);
  const levers = view.leverUse.map((u) => ({
    label: leverLabel(t, u.lever),
    learners: u.learners,
  }));
  const learners = t("instructor.class.learnersAxis");

  return (
    <div class="in-class">
      <p>
        {t("instructor.class.summary", {
          learners: view.learners,
          verified: view.verified,
          passed: view.passed,
          late: view.late,
          median: view.score ? formatNumber(lang, view.score.median, 1) : "—",
        })}
      </p>
      <div class="in-charts">
        <ChartSection
          title={t("instructor.class.scores")}
          chart={{
            label: t("instructor.class.scoresLabel", { n: view.verified }),
            dataKey: `${lang}|${view.scoreBins.join(",")}`,
            make: (m, c) =>
              m.scoreDistributionConfig(
                view.scoreBins,
                { bands: BANDS, x: t("instructor.class.scoreAxis"), y: learners, series: learners },
                c,
              ) as ChartConfiguration,
          }}
          folded={t("instructor.class.asTable")}
          table={{
            columns: [t("instructor.class.scoreAxis"), learners],
            rows: view.scoreBins.map((n, i) => ({ key: i, head: BANDS[i], cells: [n] })),
          }}
        />

        <ChartSection
          title={t("instructor.class.spread")}
          chart={{
            label: t("instructor.class.spreadLabel", { n: view.points.length }),
            dataKey: `${lang}|${view.points.map((p) => `${p.members}:${p.retention}`).join(",")}`,
            make: (m, c) =>
              m.spreadConfig(
                view.points,
                {
                  x: t("instructor.col.members"),
                  y: t("instructor.col.retention"),
                  series: learners,
                },
                c,
              ) as unknown as ChartConfiguration,
          }}
          table={{
            columns: [
              t("instructor.class.metric"),
              t("instructor.col.score"),
              t("instructor.col.members"),
              t("instructor.col.retention"),
            ],
            rows: STATS.map((stat) => ({
              key: stat,
              head: t(`instructor.class.${stat}`),
              cells: [
                cell(view.score, stat, (n) => formatNumber(lang, n, 1)),
                cell(view.members, stat, (n) => formatNumber(lang, n)),
                cell(view.retention, stat, (n) => formatRatio(lang, n)),
              ],
            })),
          }}
        />

        <ChartSection
          title={t("instructor.class.levers")}
          empty={levers.length === 0 ? t("instructor.class.noLevers") : undefined}
          chart={{
            tall: true,
            label: t("instructor.class.leversLabel", { n: levers.length }),
            dataKey: `${lang}|${levers.map((l) => `${l.label}:${l.learners}`).join(",")}`,
            make: (m, c) =>
              m.leverUseConfig(levers, { x: learners, series: learners }, c) as ChartConfiguration,
          }}
          folded={t("instructor.class.asTable")}
          table={{
            columns: [t("instructor.class.lever"), learners],
            rows: levers.map((l) => ({
              key: l.label,
              head: l.label,
              cells: [`${l.learners} / ${view.verified}`],
            })),
          }}
        />
      </div>
    </div>
  );
}
