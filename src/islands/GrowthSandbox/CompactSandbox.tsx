import { useMemo, useState } from "preact/hooks";
import { makeT, type Strings } from "../../i18n/t";
import { sandboxUrl } from "../../lib/share-url";
import {
  MODEL_VERSION,
  leverSpec,
  replay,
  scenarioLevers,
  type Decision,
  type Final,
  type Levers,
} from "../../sim/index";
import { formatDelta, formatMetric, formatNumber, type UiLang } from "../../sandbox/format";
import { metricLabel } from "../../i18n/sim";
import { LeverPanel } from "./LeverPanel";
import type { LeverValue } from "../../sandbox/session";
import {
  sparkBands,
  sparkPath,
  sparkScale,
  sparkValueTicks,
  sparkWeekTicks,
  type SparkGeometry,
} from "../../sandbox/sparkline";
import type { ModuleRef } from "../../sandbox/types";
import { stageBands } from "../../sandbox/view";
import { getScenario } from "../../lib/scenarios";
import "./compact.css";

interface Props {
  lang: UiLang;
  strings: Strings;
  /** Scenario id. */
  scenario: string;
  /** The levers this module teaches. */
  levers: (keyof Levers)[];
  /** The end-of-run figures the module's exercise reads (default SUMMARY). */
  metrics?: (keyof Final)[];
  modules: ModuleRef[];
  /** Makes ids unique when a page has more than one embed. */
  uid: string;
  /** The slug of the module page the embed is on: the full sandbox then says the run came from it. */
  module?: string;
  /** The seed and length to run (default the scenario's), e.g. those of the module's assignment. */
  seed?: number;
  weeks?: number;
}

/** The sparkline's SVG box; the plot sits inside it, with the axis labels (at FONT units high) around it. */
const BOX = { width: 320, height: 156 };
const FONT = 12;
const TOP = 6;
const SUMMARY: readonly (keyof Final)[] = ["members", "stickiness", "nps"];

/** Decisions of the compact embed: changed levers from the start; a transformation at its week. */
export function compactDecisions(changes: Partial<Levers>, actionWeek: number): Decision[] {
  const { transform, ...rest } = changes;
  const out: Decision[] = [];
  if (Object.keys(rest).length) out.push({ week: 0, set: rest });
  if (transform && transform !== "none") out.push({ week: actionWeek, set: { transform } });
  return out;
}

/**
 * The sandbox inside a module: the levers the module teaches, the whole run re-simulated on every
 * change, an SVG sparkline (no Chart.js on module pages), and a link to the full sandbox at the
 * same state.
 */
export default function CompactSandbox(props: Props) {
  const { lang, uid } = props;
  const t = makeT(props.strings);
  const scenario = getScenario(props.scenario);
  const [changes, setChanges] = useState<Partial<Levers>>({});
  const [actionWeek, setActionWeek] = useState(8);

  const weeks = props.weeks ?? scenario?.weeks ?? 52;
  const seed = props.seed ?? scenario?.seed ?? 1;
  const decisions = useMemo(
    () => compactDecisions(changes, Math.min(actionWeek, weeks)),
    [changes, actionWeek, weeks],
  );
  const baseline = useMemo(
    () =>
      scenario &&
      replay(
        {
          modelVersion: MODEL_VERSION,
          scenario: scenario.id,
          seed,
          weeks,
          decisions: [],
        },
        scenario,
      ),
    [scenario, seed, weeks],
  );
  const result = useMemo(
    () =>
      scenario &&
      (decisions.length
        ? replay(
            {
              modelVersion: MODEL_VERSION,
              scenario: scenario.id,
              seed,
              weeks,
              decisions,
            },
            scenario,
          )
        : baseline),
    [scenario, seed, weeks, decisions, baseline],
  );

  if (!scenario || !result || !baseline) {
    return <p class="notice">{t("sandbox.compact.unknown", { id: props.scenario })}</p>;
  }

  const base = scenarioLevers(scenario);
  const levers: Levers = { ...base, transform: "none", ...changes };
  const changed = decisions.length > 0;
  // Index = week on a 0..weeks axis; the run's outputs start at week 1.
  const members = [null, ...result.weeks.map((w) => w.members)];
  const dau = [null, ...result.weeks.map((w) => w.dau)];
  const before = [null, ...baseline.weeks.map((w) => w.members)];
  const scale = sparkScale(members, dau, changed ? before : []);
  const max = scale.max;
  const labels = scale.values.map((v) => formatNumber(lang, v));
  // Room on the left for the longest value label (a digit is about 0.6 of the font's height).
  const left = Math.ceil(Math.max(...labels.map((l) => l.length)) * FONT * 0.6) + 6;
  const plot: SparkGeometry = {
    width: BOX.width - left - 2,
    height: BOX.height - TOP - 36,
    pad: 3,
  };
  const valueTicks = sparkValueTicks(scale.values, max, plot);
  const weekTicks = sparkWeekTicks(weeks, plot);
  const bands = sparkBands(stageBands(result.stages, weeks), weeks + 1, plot);
  const action = props.levers.find((l) => leverSpec(l)?.kind === "action");
  const hasAction = action !== undefined;
  // The week slider means nothing until an action is chosen.
  const actionChosen = action !== undefined && (levers[action] ?? "none") !== "none";
  const href = sandboxUrl(lang, {
    modelVersion: MODEL_VERSION,
    scenario: scenario.id,
    seed,
    weeks,
    decisions,
    ...(props.module ? { origin: { kind: "module" as const, module: props.module } } : {}),
  });
  const last = result.final;
  const summary = t("sandbox.compact.summary", {
    weeks,
    members: formatMetric(lang, "members", last.members),
    stages: result.stages
      .map((s) => `${t(`sandbox.stage.${s.stage}`)} (${s.fromWeek})`)
      .join(" → "),
  });

  const onChange = (name: keyof Levers, value: LeverValue) =>
    setChanges((c) => {
      const next: Partial<Levers> = { ...c };
      const unchanged = name === "transform" ? value === "none" : value === base[name];
      if (unchanged) delete next[name];
      else (next as Record<string, LeverValue>)[name] = value;
      return next;
    });

  return (
    <div class="sbx-compact" data-scenario={scenario.id}>
      <p class="sbx-compact-kicker">{t("sandbox.compact.kicker")}</p>
      <p class="sbx-compact-title">
        {t("sandbox.compact.title", { scenario: scenario.title[lang], weeks })}
      </p>
      <div class="sbx-compact-body">
        <div class="sbx-compact-levers">
          <LeverPanel
            lang={lang}
            t={t}
            levers={levers}
            locked={[]}
            readOnly={false}
            onChange={onChange}
            modules={props.modules}
            only={props.levers}
            idPrefix={`sbxc-${uid}`}
            moduleHref={(slug) => `/${lang}/modules/${slug}/`}
          />
          {hasAction && (
            <label class="sbx-compact-week">
              <span>{t("sandbox.compact.actionWeek", { week: Math.min(actionWeek, weeks) })}</span>
              <input
                type="range"
                min={1}
                max={weeks}
                step={1}
                value={Math.min(actionWeek, weeks)}
                disabled={!actionChosen}
                onInput={(e) => setActionWeek(Number((e.currentTarget as HTMLInputElement).value))}
              />
            </label>
          )}
        </div>
        <figure class="sbx-compact-figure">
          <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={summary}>
            <g fill="currentColor" fill-opacity="0.75" font-size={FONT}>
              <g data-axis="values" text-anchor="end">
                {valueTicks.map((tick, i) => (
                  <text key={tick.value} x={left - 5} y={TOP + tick.at + FONT * 0.35}>
                    {labels[i]}
                  </text>
                ))}
              </g>
              <g data-axis="weeks" text-anchor="middle">
                {weekTicks.map((tick, i) => (
                  <text
                    key={tick.value}
                    x={left + tick.at}
                    y={TOP + plot.height + FONT + 2}
                    text-anchor={i === 0 ? "start" : i === weekTicks.length - 1 ? "end" : undefined}
                  >
                    {tick.value}
                  </text>
                ))}
                <text x={left + plot.width / 2} y={BOX.height - 3}>
                  {t("sandbox.compact.weekAxis")}
                </text>
              </g>
            </g>
            <g transform={`translate(${left} ${TOP})`}>
              {bands.map((b) => (
                <rect
                  key={b.x}
                  class={`sbx-spark-band sbx-spark-${b.stage}`}
                  x={b.x}
                  y={0}
                  width={b.width}
                  height={plot.height}
                />
              ))}
              <g stroke="currentColor" stroke-opacity="0.2">
                <rect width={plot.width} height={plot.height} rx={4} fill="none" />
                {valueTicks.map((tick) => (
                  <line key={tick.value} x1={0} x2={plot.width} y1={tick.at} y2={tick.at} />
                ))}
              </g>
              {changed && <path class="sbx-spark-baseline" d={sparkPath(before, max, plot)} />}
              <path class="sbx-spark-dau" d={sparkPath(dau, max, plot)} />
              <path class="sbx-spark-members" d={sparkPath(members, max, plot)} />
            </g>
          </svg>
          <figcaption>
            <ul class="sbx-compact-legend">
              <li>
                <span class="sbx-key sbx-key-members" aria-hidden="true" />
                {t("sandbox.compact.members")}
              </li>
              <li>
                <span class="sbx-key sbx-key-dau" aria-hidden="true" />
                {metricLabel(t, "dau")}
              </li>
              {changed && (
                <li>
                  <span class="sbx-key sbx-key-baseline" aria-hidden="true" />
                  {t("sandbox.compact.baseline")}
                </li>
              )}
            </ul>
            <p class="sbx-compact-summary">{summary}</p>
          </figcaption>
        </figure>
      </div>
      <dl class="sbx-compact-kpis" aria-live="polite">
        {(props.metrics ?? SUMMARY).map((m) => {
          const value = last[m];
          const from = baseline.final[m];
          const delta = value !== null && from !== null ? value - from : null;
          return (
            <div key={m} data-metric={m} data-value={value ?? undefined}>
              <dt>{metricLabel(t, m)}</dt>
              <dd>
                <span class="sbx-compact-value">
                  {formatMetric(lang, m, value, scenario.currency)}
                </span>
                {changed && delta !== null && (
                  <span class="sbx-compact-delta">
                    {t("sandbox.compact.vsBaseline", {
                      delta: formatDelta(lang, m, delta, t("sandbox.points"), scenario.currency),
                    })}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <p class="sbx-compact-actions">
        {changed && (
          <button type="button" class="btn" onClick={() => setChanges({})}>
            {t("sandbox.compact.reset")}
          </button>
        )}
        <a class="btn btn-primary" href={href}>
          {t("sandbox.compact.open")}
        </a>
      </p>
    </div>
  );
}
