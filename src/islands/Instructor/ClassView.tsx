import { useEffect, useRef, useState } from "preact/hooks";
import type { ChartConfiguration } from "chart.js";
import type { Lang } from "../../schemas/common";
import type { ChartColors } from "../../lib/charts/gradebook";
import { formatNumber, formatRatio } from "./format";
import type { ClassView as ClassFigures, Spread } from "./gradebook";
import type { T } from "./Instructor";
import { leverLabel } from "./reasons";

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
    label: leverLabel(u.lever, lang),
    learners: u.learners,
  }));

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
        <figure class="in-figure">
          <figcaption>{t("instructor.class.scores")}</figcaption>
          <ChartCanvas
            label={t("instructor.class.scoresLabel", { n: view.verified })}
            dataKey={`${lang}|${view.scoreBins.join(",")}`}
            make={(m, c) =>
              m.scoreDistributionConfig(
                view.scoreBins,
                {
                  bands: BANDS,
                  x: t("instructor.class.scoreAxis"),
                  y: t("instructor.class.learnersAxis"),
                  series: t("instructor.class.learnersAxis"),
                },
                c,
              ) as ChartConfiguration
            }
          />
          <details>
            <summary>{t("instructor.class.asTable")}</summary>
            <table class="in-mini-table">
              <thead>
                <tr>
                  <th scope="col">{t("instructor.class.scoreAxis")}</th>
                  <th scope="col" class="num">
                    {t("instructor.class.learnersAxis")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.scoreBins.map((n, i) => (
                  <tr key={i}>
                    <th scope="row">{BANDS[i]}</th>
                    <td class="num">{n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>

        <figure class="in-figure">
          <figcaption>{t("instructor.class.spread")}</figcaption>
          <ChartCanvas
            label={t("instructor.class.spreadLabel", { n: view.points.length })}
            dataKey={`${lang}|${view.points.map((p) => `${p.members}:${p.retention}`).join(",")}`}
            make={(m, c) =>
              m.spreadConfig(
                view.points,
                {
                  x: t("instructor.col.members"),
                  y: t("instructor.col.retention"),
                  series: t("instructor.class.learnersAxis"),
                },
                c,
              ) as unknown as ChartConfiguration
            }
          />
          <table class="in-mini-table">
            <thead>
              <tr>
                <th scope="col">{t("instructor.class.metric")}</th>
                <th scope="col" class="num">
                  {t("instructor.col.score")}
                </th>
                <th scope="col" class="num">
                  {t("instructor.col.members")}
                </th>
                <th scope="col" class="num">
                  {t("instructor.col.retention")}
                </th>
              </tr>
            </thead>
            <tbody>
              {STATS.map((stat) => (
                <tr key={stat}>
                  <th scope="row">{t(`instructor.class.${stat}`)}</th>
                  <td class="num">{cell(view.score, stat, (n) => formatNumber(lang, n, 1))}</td>
                  <td class="num">{cell(view.members, stat, (n) => formatNumber(lang, n))}</td>
                  <td class="num">{cell(view.retention, stat, (n) => formatRatio(lang, n))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>

        <figure class="in-figure">
          <figcaption>{t("instructor.class.levers")}</figcaption>
          {levers.length === 0 ? (
            <p class="muted">{t("instructor.class.noLevers")}</p>
          ) : (
            <>
              <ChartCanvas
                tall
                label={t("instructor.class.leversLabel", { n: levers.length })}
                dataKey={`${lang}|${levers.map((l) => `${l.label}:${l.learners}`).join(",")}`}
                make={(m, c) =>
                  m.leverUseConfig(
                    levers,
                    {
                      x: t("instructor.class.learnersAxis"),
                      series: t("instructor.class.learnersAxis"),
                    },
                    c,
                  ) as ChartConfiguration
                }
              />
              <details>
                <summary>{t("instructor.class.asTable")}</summary>
                <table class="in-mini-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("instructor.class.lever")}</th>
                      <th scope="col" class="num">
                        {t("instructor.class.learnersAxis")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {levers.map((l) => (
                      <tr key={l.label}>
                        <th scope="row">{l.label}</th>
                        <td class="num">
                          {l.learners} / {view.verified}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </figure>
      </div>
    </div>
  );
}
