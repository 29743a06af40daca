/**
 * The gradebook's class view: the score distribution, the spread of final members and week-4
 * retention across learners, and the levers learners moved most. Data in, config out; registers
 * only the Chart.js parts these three charts use. Each chart has a table beside it on the page.
 */
import { BarController, BarElement, ScatterController, type ChartConfiguration } from "chart.js";
import { Chart } from "./core";

Chart.register(BarController, BarElement, ScatterController);

export interface ChartColors {
  fg: string;
  muted: string;
  grid: string;
  accent: string;
  warn: string;
}

const axis = (text: string, colors: ChartColors) => ({ display: true, text, color: colors.muted });

/** A titled scale with muted ticks and grid lines; `ticks` adds to (or overrides) the tick options. */
const titledScale = (
  text: string,
  colors: ChartColors,
  ticks: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => ({
  ...extra,
  title: axis(text, colors),
  ticks: { color: colors.muted, ...ticks },
  grid: { color: colors.grid },
});

/** Learners per ten-point score band. */
export function scoreDistributionConfig(
  bins: readonly number[],
  names: { bands: readonly string[]; x: string; y: string; series: string },
  colors: ChartColors,
): ChartConfiguration<"bar", number[], string> {
  return {
    type: "bar",
    data: {
      labels: [...names.bands],
      datasets: [
        {
          label: names.series,
          data: [...bins],
          backgroundColor: colors.accent,
          borderColor: colors.accent,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: titledScale(names.x, colors),
        y: titledScale(names.y, colors, { precision: 0 }, { beginAtZero: true }),
      },
      plugins: { tooltip: { enabled: true } },
    },
  };
}

/** One point per learner: final members across, week-4 retention (percent) up. */
export function spreadConfig(
  points: readonly { label: string; members: number; retention: number | null }[],
  names: { x: string; y: string; series: string },
  colors: ChartColors,
): ChartConfiguration<"scatter", { x: number; y: number }[]> {
  const shown = points.filter((p) => p.retention !== null);
  return {
    type: "scatter",
    data: {
      datasets: [
        {
          label: names.series,
          data: shown.map((p) => ({ x: p.members, y: Math.round((p.retention ?? 0) * 1000) / 10 })),
          backgroundColor: colors.accent,
          borderColor: colors.accent,
          pointRadius: 4,
          pointHoverRadius: 6,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: titledScale(names.x, colors),
        y: titledScale(names.y, colors, { callback: (v: number | string) => `${v}%` }),
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const p = shown[item.dataIndex];
              return p ? `${p.label}: ${p.members} · ${item.parsed.y}%` : "";
            },
          },
        },
      },
    },
  };
}

const short = (label: string, max = 20) =>
  label.length > max ? `${label.slice(0, max - 1)}…` : label;

/** Learners who moved each lever, most used first (horizontal bars). */
export function leverUseConfig(
  items: readonly { label: string; learners: number }[],
  names: { x: string; series: string },
  colors: ChartColors,
): ChartConfiguration<"bar", number[], string> {
  return {
    type: "bar",
    data: {
      labels: items.map((i) => i.label),
      datasets: [
        {
          label: names.series,
          data: items.map((i) => i.learners),
          backgroundColor: colors.warn,
          borderColor: colors.warn,
        },
      ],
    },
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: titledScale(names.x, colors, { precision: 0 }, { beginAtZero: true }),
        y: {
          ticks: {
            color: colors.fg,
            autoSkip: false,
            // Long lever names would squeeze the bars: shorten them here; the tooltip and the table have them whole.
            callback: (_value, index) => short(items[index]?.label ?? ""),
          },
          grid: { color: colors.grid },
        },
      },
    },
  };
}

/** Draws a chart on a canvas; the caller destroys it before drawing again. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  return new Chart(canvas, config);
}
