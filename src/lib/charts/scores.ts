/**
 * Scores over time on the progress page: quiz attempts and assignment results as points on a
 * 0–100% scale, in time order. Registers only the Chart.js parts it uses.
 */
import { Legend, LineController, LineElement, type ChartConfiguration } from "chart.js";
import { Chart } from "./core";

Chart.register(LineController, LineElement, Legend);

export interface ScorePoint {
  /** The x-axis label (date and module). */
  label: string;
  kind: "quiz" | "assignment";
  /** 0–1. */
  score: number;
}

export interface ChartColors {
  fg: string;
  muted: string;
  grid: string;
  quiz: string;
  assignment: string;
}

/** The chart's configuration: data in, config out (no DOM). */
export function scoreChartConfig(
  points: readonly ScorePoint[],
  names: { quiz: string; assignment: string; axis: string },
  colors: ChartColors,
): ChartConfiguration<"line", (number | null)[], string> {
  const series = (kind: ScorePoint["kind"]) =>
    points.map((p) => (p.kind === kind ? Math.round(p.score * 100) : null));
  const dataset = (kind: ScorePoint["kind"], color: string, style: "circle" | "rectRot") => ({
    label: names[kind],
    data: series(kind),
    showLine: false,
    pointStyle: style,
    pointRadius: 5,
    pointHoverRadius: 7,
    // A score of 0% or 100% sits on the chart's edge: draw the whole marker, not half of it.
    clip: false as const,
    borderColor: color,
    backgroundColor: color,
  });
  return {
    type: "line",
    data: {
      labels: points.map((p) => p.label),
      datasets: [
        dataset("quiz", colors.quiz, "circle"),
        dataset("assignment", colors.assignment, "rectRot"),
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      spanGaps: false,
      layout: { padding: { top: 8 } },
      scales: {
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: names.axis, color: colors.muted },
          ticks: { color: colors.muted, callback: (v) => `${v}%` },
          grid: { color: colors.grid },
        },
        x: {
          // Half a step of room at each end, so the first and last points are not cut.
          offset: true,
          ticks: { color: colors.muted, maxRotation: 60, autoSkip: true },
          grid: { color: colors.grid },
        },
      },
      plugins: {
        legend: { labels: { color: colors.fg, usePointStyle: true } },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label}: ${item.formattedValue}%` },
        },
      },
    },
  };
}

/** Draws (or redraws) the chart on a canvas; returns it so the caller can destroy it. */
export function drawScoreChart(
  canvas: HTMLCanvasElement,
  config: ChartConfiguration<"line", (number | null)[], string>,
): Chart<"line", (number | null)[], string> {
  return new Chart(canvas, config);
}
