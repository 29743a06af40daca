/**
 * The growth sandbox's charts: data in, Chart.js configuration out (no DOM), plus one small
 * plugin that draws the lifecycle stages as coloured bands behind the data, Monte Carlo p10–p90
 * bands, and the learner's decisions as markers on the time axis. Registers only the Chart.js
 * parts it uses (no Filler: the plugin fills the bands, and segments are stacked bars).
 */
import {
  BarController,
  BarElement,
  Legend,
  LineController,
  LineElement,
  type ChartArea,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
  type Scale,
} from "chart.js";
import type { Stage } from "../../sim/index";
import type { SandboxSeries, Series, StageBand } from "../../sandbox/view";
import { Chart } from "./core";
import { niceTicks, type Ticks } from "./ticks";

Chart.register(BarController, BarElement, Legend, LineController, LineElement);

export const SANDBOX_CHARTS = [
  "members",
  "activity",
  "joins",
  "retention",
  "money",
  "nps",
] as const;
export type SandboxChartId = (typeof SANDBOX_CHARTS)[number];

/** What a value axis counts, for its ticks and labels. */
export type ValueKind = "count" | "percent" | "money" | "score";

/** Colours read from the page's CSS variables, so charts follow the light and dark themes. */
export interface SandboxColors {
  fg: string;
  muted: string;
  grid: string;
  /** Six series colours. */
  series: readonly string[];
  /** Translucent fills of the first five, for the stacked segment bars (the stage bands show through). */
  fill: readonly string[];
  stage: Record<Stage, string>;
  marker: string;
  /** Fill of Monte Carlo bands (translucent). */
  band: string;
  /** The edges and hatching of Monte Carlo bands: they must stand out on the stacked bars too. */
  bandEdge: string;
  /** Run A in a comparison. */
  compare: string;
}

/** Every label the charts show, already translated. */
export interface SandboxChartNames {
  week: string;
  newcomer: string;
  ordinary: string;
  active: string;
  core: string;
  dormant: string;
  dau: string;
  wau: string;
  mau: string;
  stickiness: string;
  joinsOrganic: string;
  joinsReferral: string;
  joinsPaid: string;
  revenue: string;
  spent: string;
  nps: string;
  retention: string;
  weeksSinceJoining: string;
  people: string;
  money: string;
  band: string;
  median: string;
  /** Run A's series, e.g. "A: members". */
  runA: (what: string) => string;
  membersTotal: string;
}

/** Monte Carlo bands aligned to the time axis (index = week), per metric. */
export type AlignedBands = Partial<
  Record<"members" | "dau" | "nps" | "revenue", { p10: Series; p50: Series; p90: Series }>
>;

export interface SandboxChartInput {
  series: SandboxSeries;
  /** Run A of a comparison, drawn dashed. */
  compare?: SandboxSeries | null;
  bands?: AlignedBands | null;
  names: SandboxChartNames;
  colors: SandboxColors;
  /** Formats a y value for ticks and tooltips. */
  format: (kind: ValueKind, value: number) => string;
}

/** What the timeline plugin draws: stage bands behind the data; Monte Carlo bands and decision markers over it. */
export interface TimelineOptions {
  bands: StageBand[];
  markers: number[];
  colors: Record<Stage, string>;
  markerColor: string;
  /** p10–p90 areas, by week, on the y axis named: filled, hatched and outlined in `edge`. */
  spreads?: Spread[];
}

/**
 * A Monte Carlo band as the timeline plugin draws it: behind the run's lines, so they stay
 * readable, or (`over`) on top of stacked bars, which would hide it.
 */
export interface Spread {
  lower: Series;
  upper: Series;
  color: string;
  edge: string;
  axis: string;
  over?: boolean;
}

/** Draws the bands that go behind the datasets (`over` false) or over them (`over` true). */
function drawSpreads(chart: Chart, over: boolean) {
  drawTimeline(chart, (options, x, ctx, chartArea) => {
    for (const spread of options.spreads ?? []) {
      const y = chart.scales[spread.axis];
      if (y && !!spread.over === over) drawSpread(spread, x, y, ctx, chartArea);
    }
  });
}

/** Pixels between the hatching lines of a band. */
const HATCH = 7;

/** Fills, hatches and outlines one band along the weeks both its edges have. */
function drawSpread(
  spread: Spread,
  x: Scale,
  y: Scale,
  ctx: CanvasRenderingContext2D,
  area: ChartArea,
) {
  const weeks = spread.upper
    .map((u, i) => (u !== null && spread.lower[i] != null ? i : -1))
    .filter((i) => i >= 0);
  if (weeks.length < 2) return;
  const edge = (values: Series) =>
    weeks.map((w) => [x.getPixelForValue(w), y.getPixelForValue(values[w] as number)] as const);
  const upper = edge(spread.upper);
  const lower = edge(spread.lower);
  const trace = (points: readonly (readonly [number, number])[], start: boolean) =>
    points.forEach(([px, py], i) => (i === 0 && start ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));

  ctx.beginPath();
  trace(upper, true);
  trace([...lower].reverse(), false);
  ctx.closePath();
  ctx.fillStyle = spread.color;
  ctx.fill();
  // Hatching inside the band: visible over the translucent bars of the stacked chart.
  ctx.save();
  ctx.clip();
  ctx.beginPath();
  ctx.strokeStyle = spread.edge;
  ctx.globalAlpha = 0.45;
  ctx.lineWidth = 1;
  const height = area.bottom - area.top;
  for (let px = area.left - height; px < area.right; px += HATCH) {
    ctx.moveTo(px, area.bottom);
    ctx.lineTo(px + height, area.top);
  }
  ctx.stroke();
  ctx.restore();
  ctx.strokeStyle = spread.edge;
  ctx.lineWidth = 1.5;
  for (const points of [upper, lower]) {
    ctx.beginPath();
    trace(points, true);
    ctx.stroke();
  }
}

const TIMELINE = "colTimeline";

function timelineOptions(chart: Chart): TimelineOptions | undefined {
  const plugins = chart.config.options?.plugins as Record<string, unknown> | undefined;
  return plugins?.[TIMELINE] as TimelineOptions | undefined;
}

/** Draws on a chart with timeline options and a week axis, between ctx.save() and restore(). */
function drawTimeline(
  chart: Chart,
  draw: (
    options: TimelineOptions,
    x: Scale,
    ctx: CanvasRenderingContext2D,
    area: ChartArea,
  ) => void,
) {
  const options = timelineOptions(chart);
  const x = chart.scales.x;
  if (!options || !x) return;
  chart.ctx.save();
  draw(options, x, chart.ctx, chart.chartArea);
  chart.ctx.restore();
}

/**
 * Stage bands and Monte Carlo bands behind the datasets (a band over stacked bars, which would
 * hide it), and decision markers over them, on a week axis.
 */
export const timelinePlugin: Plugin = {
  id: TIMELINE,
  beforeDatasetsDraw(chart) {
    drawTimeline(chart, (options, x, ctx, chartArea) => {
      for (const band of options.bands) {
        const left = x.getPixelForValue(band.from);
        const right = x.getPixelForValue(Math.max(band.to, band.from + 0.5));
        ctx.fillStyle = options.colors[band.stage];
        ctx.fillRect(
          left,
          chartArea.top,
          Math.max(1, right - left),
          chartArea.bottom - chartArea.top,
        );
      }
    });
    drawSpreads(chart, false);
  },
  afterDatasetsDraw(chart) {
    drawSpreads(chart, true);
    drawTimeline(chart, (options, x, ctx, chartArea) => {
      if (!options.markers.length) return;
      ctx.strokeStyle = options.markerColor;
      ctx.fillStyle = options.markerColor;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      for (const week of options.markers) {
        const px = Math.round(x.getPixelForValue(week - 0.5)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(px - 5, chartArea.top);
        ctx.lineTo(px + 5, chartArea.top);
        ctx.lineTo(px, chartArea.top + 7);
        ctx.closePath();
        ctx.fill();
      }
    });
  },
};

type AnyDataset = ChartDataset<
  "line" | "bar",
  (number | null)[] | { x: number; y: number | null }[]
>;

const line = (
  label: string,
  data: Series,
  color: string,
  extra: Record<string, unknown> = {},
): AnyDataset =>
  ({
    type: "line",
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    borderWidth: 2,
    pointRadius: 0,
    pointHitRadius: 6,
    tension: 0,
    spanGaps: false,
    ...extra,
  }) as AnyDataset;

const dashed = { borderDash: [6, 4], borderWidth: 2 };

/** The stack of the dataset that gives a Monte Carlo band its legend entry. */
const BAND_STACK = "band";

/** The median of a Monte Carlo band as a line, and an empty dataset that gives the band its legend entry. */
function bandDatasets(
  band: { p10: Series; p50: Series; p90: Series } | undefined,
  names: SandboxChartNames,
  colors: SandboxColors,
  axis = "y",
): AnyDataset[] {
  if (!band) return [];
  return [
    line(
      names.band,
      band.p10.map(() => null),
      colors.band,
      {
        borderWidth: 0,
        borderColor: colors.bandEdge,
        backgroundColor: colors.band,
        yAxisID: axis,
        stack: BAND_STACK,
      },
    ),
    line(names.median, band.p50, colors.muted, {
      borderWidth: 1,
      borderDash: [2, 3],
      stack: "p50",
      yAxisID: axis,
    }),
  ];
}

function spreadOf(
  band: { p10: Series; p90: Series } | undefined,
  colors: SandboxColors,
  over: boolean,
  axis = "y",
): Spread[] {
  return band
    ? [
        {
          lower: band.p10,
          upper: band.p90,
          color: colors.band,
          edge: colors.bandEdge,
          axis,
          ...(over ? { over } : {}),
        },
      ]
    : [];
}

/**
 * Legend entries drawn as what they stand for: a line (dashed when the series is) for lines, a
 * square for bars and bands — Chart.js's default box turns a dashed line into a blot.
 */
function legendLabels(colors: SandboxColors) {
  return {
    color: colors.fg,
    boxWidth: 12,
    boxHeight: 12,
    usePointStyle: true,
    pointStyleWidth: 22,
    generateLabels: (chart: Chart) =>
      Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
        const dataset = chart.data.datasets[item.datasetIndex ?? -1] as
          { type?: string; borderWidth?: number; stack?: string } | undefined;
        const asLine =
          (dataset?.type ?? (chart.config as { type?: string }).type) === "line" &&
          dataset?.borderWidth !== 0;
        return {
          ...item,
          pointStyle: asLine ? ("line" as const) : ("rect" as const),
          // A band's key is outlined in its edge colour, as the band is.
          lineWidth: asLine ? 2.5 : dataset?.stack === BAND_STACK ? 2 : 1,
        };
      }),
    filter: (item: { text: string }) => item.text !== "",
  };
}

/** The top of a value axis when nothing is above zero yet (no revenue, no joins), by what it counts. */
const EMPTY_MAX: Record<ValueKind, number> = { count: 10, money: 1000, score: 10, percent: 1 };

const axisTicks = new WeakMap<Scale, Ticks>();

/**
 * A value axis's ticks by niceTicks (./ticks.ts) rather than Chart.js's: whole steps where the
 * labels are whole (people, money, NPS), so no two ticks read the same, and an axis from zero to
 * something when every value is zero. The range takes in the data (stacked), the suggested
 * range and the Monte Carlo bands the timeline plugin draws on this axis.
 */
function valueTicks(kind: ValueKind) {
  return {
    afterDataLimits: (scale: Scale) => {
      const { min, max } = scale.getMinMax(true);
      const options = scale.options as {
        beginAtZero?: boolean;
        suggestedMin?: number;
        suggestedMax?: number;
      };
      const values: (number | null | undefined)[] = [
        min,
        max,
        options.suggestedMin,
        options.suggestedMax,
        options.beginAtZero ? 0 : undefined,
      ];
      for (const spread of timelineOptions(scale.chart)?.spreads ?? [])
        if (spread.axis === scale.id) values.push(...spread.lower, ...spread.upper);
      const finite = values.filter((v): v is number => typeof v === "number" && isFinite(v));
      const ticks = niceTicks(Math.min(...finite), Math.max(...finite), {
        integer: kind !== "percent",
        emptyMax: EMPTY_MAX[kind],
      });
      axisTicks.set(scale, ticks);
      scale.min = ticks.min;
      scale.max = ticks.max;
    },
    afterBuildTicks: (scale: Scale) => {
      const ticks = axisTicks.get(scale);
      if (!ticks) return;
      scale.ticks = ticks.values.map((value) => ({ value }));
      scale.min = ticks.min;
      scale.max = ticks.max;
    },
  };
}

function weekLabels(weeks: number): string[] {
  return Array.from({ length: weeks + 1 }, (_, i) => String(i));
}

function baseOptions(
  input: SandboxChartInput,
  yKind: ValueKind,
  stacked = false,
  band?: { p10: Series; p90: Series },
) {
  const { colors, names, series } = input;
  return {
    animation: false as const,
    maintainAspectRatio: false,
    interaction: { mode: "index" as const, intersect: false },
    scales: {
      x: {
        stacked,
        title: { display: true, text: names.week, color: colors.muted },
        ticks: { color: colors.muted, autoSkip: true, maxTicksLimit: 14, maxRotation: 0 },
        grid: { color: colors.grid, display: false },
        border: { color: colors.grid },
      },
      y: {
        stacked,
        beginAtZero: yKind !== "score",
        ...valueTicks(yKind),
        ticks: {
          color: colors.muted,
          callback: (v: number | string) => input.format(yKind, Number(v)),
        },
        grid: { color: colors.grid },
        border: { color: colors.grid },
      },
    },
    plugins: {
      legend: { labels: legendLabels(colors) },
      tooltip: {
        callbacks: {
          title: (items: { label: string }[]) => `${names.week} ${items[0]?.label ?? ""}`,
          label: (item: {
            dataset: { label?: string; yAxisID?: string };
            parsed: { y: number | null };
          }) =>
            item.dataset.label
              ? `${item.dataset.label}: ${item.parsed.y === null ? "—" : input.format(item.dataset.yAxisID === "y2" ? "percent" : yKind, item.parsed.y)}`
              : "",
        },
      },
      [TIMELINE]: {
        bands: series.stages,
        markers: series.markers,
        colors: colors.stage,
        markerColor: colors.marker,
        // On stacked bars the band goes on top, or the bars would hide it.
        spreads: spreadOf(band, colors, stacked),
      } satisfies TimelineOptions,
    },
  };
}

type BaseOptions = ReturnType<typeof baseOptions>;

/** What sets one week-axis chart apart from the others. */
interface WeekChart {
  type: "bar" | "line";
  yKind: ValueKind;
  /** Stacked bars on both axes. */
  stacked?: boolean;
  /** The run's own datasets. */
  datasets: AnyDataset[];
  /** The Monte Carlo band shown: its median as a line and its p10–p90 area behind. */
  band?: { p10: Series; p50: Series; p90: Series };
  /** Run A's datasets when there is a comparison. */
  runA?: (compare: SandboxSeries) => AnyDataset[];
  /** Scales added to (or replacing) the base x and y. */
  scales?: (base: BaseOptions["scales"]) => Record<string, unknown>;
}

/** A chart over the weeks of a run, with the timeline overlay: the run, its band, then run A. */
function weekChart(input: SandboxChartInput, chart: WeekChart): ChartConfiguration {
  const { series: s, names, colors, compare } = input;
  const options = baseOptions(input, chart.yKind, chart.stacked, chart.band);
  const datasets: AnyDataset[] = [
    ...chart.datasets,
    ...bandDatasets(chart.band, names, colors),
    ...(compare && chart.runA ? chart.runA(compare) : []),
  ];
  return {
    type: chart.type,
    data: { labels: weekLabels(s.weeks), datasets },
    options: chart.scales
      ? { ...options, scales: { ...options.scales, ...chart.scales(options.scales) } }
      : options,
    plugins: [timelinePlugin],
  } as ChartConfiguration;
}

function retentionConfig(input: SandboxChartInput): ChartConfiguration {
  const { series: s, names, colors, compare } = input;
  const curve = (
    label: string,
    data: SandboxSeries["retention"],
    color: string,
    extra: Record<string, unknown> = {},
  ) =>
    ({
      type: "line",
      label,
      data,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: 4,
      spanGaps: true,
      ...extra,
    }) as AnyDataset;
  const datasets = [
    curve(names.retention, s.retention, colors.series[0] ?? colors.fg),
    ...(compare
      ? [
          curve(names.runA(names.retention), compare.retention, colors.compare, {
            ...dashed,
            pointStyle: "rectRot",
          }),
        ]
      : []),
  ];
  return {
    type: "line",
    data: { datasets: datasets as ChartDataset<"line">[] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: { xAxisKey: "x", yAxisKey: "y" },
      scales: {
        x: {
          type: "linear",
          min: 0,
          max: 12,
          title: { display: true, text: names.weeksSinceJoining, color: colors.muted },
          ticks: {
            color: colors.muted,
            stepSize: 1,
            callback: (v: number | string) => ([0, 1, 4, 12].includes(Number(v)) ? String(v) : ""),
          },
          grid: { color: colors.grid },
        },
        y: {
          min: 0,
          max: 1,
          ticks: {
            color: colors.muted,
            callback: (v: number | string) => input.format("percent", Number(v)),
          },
          grid: { color: colors.grid },
        },
      },
      plugins: {
        legend: { labels: legendLabels(colors) },
        tooltip: {
          callbacks: {
            title: (items: { parsed: { x: number } }[]) =>
              `${names.weeksSinceJoining}: ${items[0]?.parsed.x ?? ""}`,
            label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) =>
              `${item.dataset.label}: ${item.parsed.y === null ? "—" : input.format("percent", item.parsed.y)}`,
          },
        },
      },
    },
  } as ChartConfiguration;
}

/** The charts over the weeks of a run, each as what sets it apart (see weekChart). */
const WEEK_CHARTS: Record<
  Exclude<SandboxChartId, "retention">,
  (input: SandboxChartInput) => WeekChart
> = {
  members: ({ series: s, names, colors, bands }) => ({
    type: "bar",
    yKind: "count",
    stacked: true,
    datasets: (["newcomer", "ordinary", "active", "core", "dormant"] as const).map(
      (seg, i) =>
        ({
          type: "bar",
          label: names[seg],
          data: s[seg],
          backgroundColor: colors.fill[i],
          borderColor: colors.series[i],
          borderWidth: 0,
          stack: "segments",
          barPercentage: 1,
          categoryPercentage: 0.92,
        }) as AnyDataset,
    ),
    band: bands?.members,
    runA: (a) => [
      line(names.runA(names.membersTotal), a.members, colors.compare, { ...dashed, stack: "a" }),
    ],
  }),
  activity: ({ series: s, names, colors, bands, format }) => ({
    type: "line",
    yKind: "count",
    datasets: [
      line(names.dau, s.dau, colors.series[0] ?? colors.fg),
      line(names.wau, s.wau, colors.series[2] ?? colors.fg),
      line(names.mau, s.mau, colors.series[4] ?? colors.fg),
      line(names.stickiness, s.stickiness, colors.series[3] ?? colors.fg, {
        ...dashed,
        yAxisID: "y2",
      }),
    ],
    band: bands?.dau,
    runA: (a) => [line(names.runA(names.dau), a.dau, colors.compare, dashed)],
    scales: () => ({
      y2: {
        position: "right",
        min: 0,
        max: 1,
        ticks: {
          color: colors.muted,
          callback: (v: number | string) => format("percent", Number(v)),
        },
        grid: { display: false },
        title: { display: true, text: names.stickiness, color: colors.muted },
      },
    }),
  }),
  joins: ({ series: s, names, colors }) => {
    const bar = (label: string, data: Series, color: string): AnyDataset =>
      ({
        type: "bar",
        label,
        data,
        backgroundColor: color,
        borderWidth: 0,
        stack: "joins",
        barPercentage: 1,
        categoryPercentage: 0.9,
      }) as AnyDataset;
    return {
      type: "bar",
      yKind: "count",
      stacked: true,
      datasets: [
        bar(names.joinsOrganic, s.joinsOrganic, colors.series[1] ?? colors.fg),
        bar(names.joinsReferral, s.joinsReferral, colors.series[3] ?? colors.fg),
        bar(names.joinsPaid, s.joinsPaid, colors.series[5] ?? colors.fg),
      ],
      runA: (a) => [
        line(names.runA(names.people), a.joins, colors.compare, { ...dashed, stack: "a" }),
      ],
    };
  },
  money: ({ series: s, names, colors, bands }) => ({
    type: "line",
    yKind: "money",
    datasets: [
      line(names.revenue, s.revenue, colors.series[2] ?? colors.fg),
      line(names.spent, s.spent, colors.series[5] ?? colors.fg),
    ],
    band: bands?.revenue,
    runA: (a) => [
      line(names.runA(names.revenue), a.revenue, colors.compare, dashed),
      line(names.runA(names.spent), a.spent, colors.compare, {
        borderDash: [2, 3],
        borderWidth: 2,
      }),
    ],
  }),
  nps: ({ series: s, names, colors, bands }) => ({
    type: "line",
    yKind: "score",
    datasets: [line(names.nps, s.nps, colors.series[3] ?? colors.fg)],
    band: bands?.nps,
    runA: (a) => [line(names.runA(names.nps), a.nps, colors.compare, dashed)],
    scales: (base) => ({ y: { ...base.y, suggestedMin: -20, suggestedMax: 60 } }),
  }),
};

/** The configuration of one of the sandbox's charts. */
export function sandboxChartConfig(
  id: SandboxChartId,
  input: SandboxChartInput,
): ChartConfiguration {
  return id === "retention" ? retentionConfig(input) : weekChart(input, WEEK_CHARTS[id](input));
}

/** A long axis label split into lines of about `width` characters at spaces (Chart.js draws an array as lines). */
export function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width || !label.includes(" ")) return label;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One row of the sensitivity chart: a lever's effect when nudged up and down. */
export interface SensitivityRow {
  label: string;
  up: number | null;
  down: number | null;
}

/** Horizontal bars: each lever's effect on the chosen metric, nudged up and nudged down. */
export function sensitivityConfig(
  rows: readonly SensitivityRow[],
  names: { up: string; down: string; axis: string },
  colors: SandboxColors,
  format: (value: number) => string,
): ChartConfiguration {
  return {
    type: "bar",
    data: {
      labels: rows.map((r) => wrapLabel(r.label, 20)),
      datasets: [
        {
          label: names.up,
          data: rows.map((r) => r.up),
          backgroundColor: colors.series[0],
          borderWidth: 0,
        },
        {
          label: names.down,
          data: rows.map((r) => r.down),
          backgroundColor: colors.series[5],
          borderWidth: 0,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: "y",
      scales: {
        x: {
          title: { display: true, text: names.axis, color: colors.muted },
          ticks: { color: colors.muted, callback: (v: number | string) => format(Number(v)) },
          grid: { color: colors.grid },
        },
        y: { ticks: { color: colors.fg, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { labels: legendLabels(colors) },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${item.parsed.x === null ? "—" : format(item.parsed.x)}`,
          },
        },
      },
    },
  } as ChartConfiguration;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x && y && typeof x === "object" && typeof y === "object") {
      const p = x as { x?: unknown; y?: unknown };
      const q = y as { x?: unknown; y?: unknown };
      if (p.x === q.x && p.y === q.y) continue;
    }
    return false;
  }
  return true;
}

/** Whether two chart data objects hold the same labels and values. */
export function sameData(a: ChartConfiguration["data"], b: ChartConfiguration["data"]): boolean {
  if (!sameValues(a.labels ?? [], b.labels ?? []) || a.datasets.length !== b.datasets.length)
    return false;
  return a.datasets.every((d, i) =>
    sameValues(d.data as unknown[], b.datasets[i]?.data as unknown[]),
  );
}

/** Everything about a configuration but its values and the timeline overlay, as text. */
export function configSignature(config: ChartConfiguration): string {
  const plugins = { ...(config.options?.plugins as Record<string, unknown> | undefined) };
  delete plugins[TIMELINE];
  return JSON.stringify({
    type: config.type,
    datasets: config.data.datasets.map(({ data: _values, ...style }) => style),
    options: { ...config.options, plugins },
  });
}

const SIGNATURE = Symbol("signature");
type SignedChart = Chart & { [SIGNATURE]?: string };

/** Draws a chart on a canvas. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  const chart: SignedChart = new Chart(canvas, config);
  chart[SIGNATURE] = configSignature(config);
  return chart;
}

/**
 * Redraws a chart with a new configuration of the same type, in place. When only the overlay
 * moved (a decision marker, a stage band, a Monte Carlo band) it repaints without Chart.js
 * re-resolving every option — the common case when a lever changes mid-run.
 */
export function updateChart(chart: Chart, config: ChartConfiguration): void {
  const signed = chart as SignedChart;
  const signature = configSignature(config);
  const timeline = (config.options?.plugins as Record<string, unknown> | undefined)?.[TIMELINE];
  const raw = chart.config.options?.plugins as Record<string, unknown> | undefined;
  if (signed[SIGNATURE] === signature && sameData(chart.data, config.data) && raw) {
    raw[TIMELINE] = timeline;
    chart.draw();
    return;
  }
  chart.data = config.data;
  chart.options = config.options ?? {};
  signed[SIGNATURE] = signature;
  chart.update("none");
}
