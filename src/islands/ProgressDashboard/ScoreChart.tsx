import { useEffect, useRef, useState } from "preact/hooks";
import type { Progress } from "../../schemas/progress";
import { percent } from "../../grading/quiz-view";
import { timeline } from "../../progress/dashboard";
import { formatDate, timelineLabels } from "../../progress/format";
import type { T } from "../../i18n/t";

interface Props {
  lang: string;
  progress: Progress;
  title: (moduleId: string) => string;
  t: T;
}

/** Reads the theme's colours, so the chart follows light and dark. */
function themeColors() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    fg: v("--fg"),
    muted: v("--fg-muted"),
    grid: v("--border"),
    quiz: v("--accent"),
    assignment: v("--warn"),
  };
}

/** Scores over time: a chart, and the same data as a table for anyone who cannot see the chart. */
export function ScoreChart({ lang, progress, title, t }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const points = timeline(progress);
  const key = JSON.stringify(points);
  const labels = timelineLabels(lang, points);

  useEffect(() => {
    if (!points.length || !canvas.current) return;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const draw = () =>
      import("../../lib/charts/scores")
        .then(({ drawScoreChart, scoreChartConfig }) => {
          if (cancelled || !canvas.current) return;
          chart?.destroy();
          chart = drawScoreChart(
            canvas.current,
            scoreChartConfig(
              points.map((p, i) => ({
                label: labels[i]!,
                kind: p.kind,
                score: p.score,
              })),
              {
                quiz: t("progress.chart.quiz"),
                assignment: t("progress.chart.assignment"),
                axis: t("progress.chart.axis"),
              },
              themeColors(),
            ),
          );
        })
        .catch(() => setFailed(true));
    draw();
    // Redraw with the other palette when the theme changes.
    const observer = new MutationObserver(draw);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-theme"],
    });
    const media = matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", draw);
    return () => {
      cancelled = true;
      observer.disconnect();
      media.removeEventListener("change", draw);
      chart?.destroy();
    };
  }, [key, lang]);

  return (
    <section aria-labelledby="scores-title" class="dash-section">
      <h2 id="scores-title">{t("progress.scores")}</h2>
      {points.length === 0 ? (
        <p class="muted">{t("progress.noScores")}</p>
      ) : (
        <>
          {!failed && (
            <div class="dash-chart">
              <canvas
                ref={canvas}
                role="img"
                aria-label={t("progress.chart.label", { count: points.length })}
              />
            </div>
          )}
          <details class="dash-details" open={failed}>
            <summary>{t("progress.chart.table")}</summary>
            <div class="table-wrap">
              <table class="dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t("progress.col.date")}</th>
                    <th scope="col">{t("progress.col.module")}</th>
                    <th scope="col">{t("progress.col.kind")}</th>
                    <th scope="col">{t("progress.col.score")}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p, i) => (
                    <tr key={i}>
                      <td>{formatDate(lang, p.at, true)}</td>
                      <td>{title(p.moduleId)}</td>
                      <td>
                        {t(p.kind === "quiz" ? "progress.chart.quiz" : "progress.chart.assignment")}
                      </td>
                      <td>
                        {percent(p.score)} ·{" "}
                        {t(p.passed ? "progress.passed" : "progress.notPassed")}
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
