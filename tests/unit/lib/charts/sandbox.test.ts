import { describe, expect, it, vi } from "vitest";
import { MODEL_VERSION, init } from "../../../../src/sim/index";
import type { Chart } from "chart.js";
import {
  SANDBOX_CHARTS,
  configSignature,
  sameData,
  sandboxChartConfig,
  sensitivityConfig,
  timelinePlugin,
  updateChart,
  wrapLabel,
  type AlignedBands,
  type SandboxChartId,
  type SandboxChartInput,
} from "../../../../src/lib/charts/sandbox";
import { chartFormat } from "../../../../src/sandbox/format";
import { CHART_BANDS } from "../../../../src/sandbox/tables";
import { seriesOf } from "../../../../src/sandbox/view";
import { getScenario, replayRun } from "../../../../src/lib/scenarios";

const scenario = getScenario("coffee-members")!;
const run = {
  modelVersion: MODEL_VERSION,
  scenario: scenario.id,
  seed: 7,
  weeks: 16,
  decisions: [{ week: 6, set: { postsPerDay: 6 } }],
};
const result = replayRun(run);
const rows = [init(scenario, 7).metrics, ...result.weeks];
const series = seriesOf(rows, 16, result.stages, run.decisions);
const colors = {
  fg: "#000",
  muted: "#555",
  grid: "#ccc",
  series: ["#1", "#2", "#3", "#4", "#5", "#6"],
  fill: ["f1", "f2", "f3", "f4", "f5"],
  stage: { start: "s", growth: "g", maturity: "m", decline: "d" },
  marker: "#m",
  band: "band",
  bandEdge: "edge",
  compare: "#a",
};
const names = new Proxy({} as SandboxChartInput["names"], {
  get: (_t, key) => (key === "runA" ? (w: string) => `A ${w}` : String(key)),
});
const input: SandboxChartInput = { series, names, colors, format: (kind, v) => `${kind}:${v}` };

const datasets = (id: (typeof SANDBOX_CHARTS)[number], extra: Partial<SandboxChartInput> = {}) =>
  sandboxChartConfig(id, { ...input, ...extra }).data.datasets as {
    label: string;
    data: unknown[];
    stack?: string;
    fill?: unknown;
  }[];

describe("sandbox chart configs", () => {
  it.each(SANDBOX_CHARTS)("%s has its data and no animation", (id) => {
    const config = sandboxChartConfig(id, input);
    expect(config.options?.animation).toBe(false);
    expect(config.data.datasets.length).toBeGreaterThan(0);
  });

  it("stacks the five segments as bars that add up to the members", () => {
    const ds = datasets("members") as {
      label: string;
      type: string;
      stack: string;
      data: unknown[];
    }[];
    expect(ds.map((d) => d.label)).toEqual(["newcomer", "ordinary", "active", "core", "dormant"]);
    expect(ds.every((d) => d.type === "bar" && d.stack === "segments")).toBe(true);
    expect(ds[2]!.data).toEqual(series.active);
    const scales = sandboxChartConfig("members", input).options?.scales as Record<
      string,
      { stacked?: boolean }
    >;
    expect([scales.x?.stacked, scales.y?.stacked]).toEqual([true, true]);
  });

  it.each(["members", "activity", "joins", "money", "nps"] as const)(
    "%s carries the stage bands and decision markers",
    (id) => {
      const options = sandboxChartConfig(id, input).options as {
        plugins: { colTimeline: { bands: unknown; markers: unknown } };
      };
      expect(options.plugins.colTimeline.bands).toEqual(series.stages);
      expect(options.plugins.colTimeline.markers).toEqual([6]);
    },
  );

  it.each(Object.entries(CHART_BANDS) as [SandboxChartId, keyof AlignedBands][])(
    "the %s chart draws the %s Monte Carlo band (which its table shows) with its median and a legend entry",
    (id, metric) => {
      const band = {
        p10: series.members.map(() => 1),
        p50: series.members.map(() => 2),
        p90: series.members.map(() => 3),
      };
      const config = sandboxChartConfig(id, { ...input, bands: { [metric]: band } });
      const options = config.options as { plugins: { colTimeline: { spreads: unknown[] } } };
      // Over the stacked bars of the members chart (they would hide it), behind the lines elsewhere.
      expect(options.plugins.colTimeline.spreads).toEqual([
        {
          lower: band.p10,
          upper: band.p90,
          color: "band",
          edge: "edge",
          axis: "y",
          ...(id === "members" ? { over: true } : {}),
        },
      ]);
      const ds = config.data.datasets as { label: string; data: unknown[]; borderColor?: string }[];
      expect(ds.find((d) => d.label === "median")?.data).toEqual(band.p50);
      const key = ds.find((d) => d.label === "band");
      expect(key?.data.every((v) => v === null)).toBe(true);
      // The legend's key is outlined in the band's edge colour, as the band is drawn.
      expect(key?.borderColor).toBe("edge");
      expect(
        (sandboxChartConfig(id, input).options as typeof options).plugins.colTimeline.spreads,
      ).toEqual([]);
    },
  );

  it("draws run A dashed over the charts that compare", () => {
    for (const id of ["members", "activity", "joins", "retention", "money", "nps"] as const) {
      const ds = datasets(id, { compare: series });
      expect(ds.some((d) => d.label.startsWith("A "))).toBe(true);
    }
  });

  /** A value axis as Chart.js runs it: data limits, then ticks, then labels. */
  function axisLabels(
    config: ReturnType<typeof sandboxChartConfig>,
    limits: { min: number; max: number },
    format: (v: number) => string,
  ) {
    const y = (config.options?.scales as Record<string, Record<string, unknown>>).y!;
    const scale = {
      id: "y",
      options: y,
      chart: { config },
      getMinMax: () => limits,
      min: 0,
      max: 0,
      ticks: [] as { value: number }[],
    };
    (y.afterDataLimits as (s: typeof scale) => void)(scale);
    (y.afterBuildTicks as (s: typeof scale) => void)(scale);
    return { labels: scale.ticks.map((t) => format(t.value)), min: scale.min, max: scale.max };
  }

  it.each([
    ["zh-cn", "¥"],
    ["en", "CN¥"],
  ] as const)(
    "%s: the revenue axis at zero revenue reads from 0 up, every tick different (not ¥1 ¥1 ¥0 ¥0 ¥0)",
    (lang, sign) => {
      const format = chartFormat(lang, "CNY");
      const axis = axisLabels(
        sandboxChartConfig("money", { ...input, format }),
        { min: 0, max: 0 },
        (v) => format("money", v),
      );
      expect(axis.labels).toEqual(
        ["0", "200", "400", "600", "800", "1,000"].map((n) => `${sign}${n}`),
      );
    },
  );

  it.each([
    ["members", "count", { min: 0, max: 3 }],
    ["members", "count", { min: 0, max: 7237 }],
    ["money", "money", { min: 0, max: 0.4 }],
    ["money", "money", { min: 0, max: 65135 }],
    ["nps", "score", { min: 0, max: 0 }],
    ["nps", "score", { min: -7, max: 3 }],
    ["joins", "count", { min: Infinity, max: -Infinity }],
  ] as const)("the %s axis labels ticks for %s %j all differently", (id, kind, limits) => {
    const format = chartFormat("en", "CNY");
    const axis = axisLabels(sandboxChartConfig(id, { ...input, format }), limits, (v) =>
      format(kind, v),
    );
    expect(new Set(axis.labels).size).toBe(axis.labels.length);
    expect(axis.labels.length).toBeGreaterThanOrEqual(2);
    expect(axis.min).toBeLessThanOrEqual(Number.isFinite(limits.min) ? limits.min : 0);
    expect(axis.max).toBeGreaterThanOrEqual(Number.isFinite(limits.max) ? limits.max : 0);
  });

  it("makes room on the axis for a Monte Carlo band above the run", () => {
    const high = series.members.map(() => 9500);
    const config = sandboxChartConfig("members", {
      ...input,
      bands: { members: { p10: high, p50: high, p90: high } },
    });
    expect(axisLabels(config, { min: 0, max: 7237 }, String).max).toBe(10000);
  });

  it("puts stickiness on its own percent axis", () => {
    const config = sandboxChartConfig("activity", input);
    const ds = config.data.datasets as { label: string; yAxisID?: string }[];
    expect(ds.find((d) => d.label === "stickiness")?.yAxisID).toBe("y2");
    expect((config.options?.scales as Record<string, { max?: number }>).y2?.max).toBe(1);
  });

  it("plots retention against weeks since joining", () => {
    expect(datasets("retention")[0]!.data).toEqual(series.retention);
  });

  it.each([
    ["Posts a day", "Posts a day"],
    ["Content quality (original, reviewed)", ["Content quality", "(original, reviewed)"]],
    ["新人欢迎与回复覆盖率", "新人欢迎与回复覆盖率"],
  ])("wraps the lever label %s for the sensitivity axis", (label, expected) => {
    expect(wrapLabel(label, 20)).toEqual(expected);
  });

  it("draws the sensitivity bars horizontally, up and down", () => {
    const config = sensitivityConfig(
      [{ label: "Posts", up: 3, down: -4 }],
      { up: "up", down: "down", axis: "x" },
      colors,
      String,
    );
    expect((config.options as { indexAxis: string }).indexAxis).toBe("y");
    expect(config.data.datasets.map((d) => d.data)).toEqual([[3], [-4]]);
  });
});

describe("the timeline plugin", () => {
  const ctx = {
    save: vi.fn(),
    restore: vi.fn(),
    clip: vi.fn(),
    fillRect: vi.fn(),
    beginPath: vi.fn(),
    moveTo: vi.fn(),
    lineTo: vi.fn(),
    stroke: vi.fn(),
    closePath: vi.fn(),
    fill: vi.fn(),
    setLineDash: vi.fn(),
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 0,
  };
  const chart = {
    ctx,
    chartArea: { top: 10, bottom: 110, left: 0, right: 160 },
    scales: { x: { getPixelForValue: (v: number) => v * 10 } },
    config: {
      options: {
        plugins: {
          colTimeline: {
            bands: [
              { stage: "start", from: 0, to: 3 },
              { stage: "growth", from: 3, to: 16 },
            ],
            markers: [6],
            colors: colors.stage,
            markerColor: "#m",
          },
        },
      },
    },
  };

  it("fills one box per stage behind the data", () => {
    (timelinePlugin.beforeDatasetsDraw as (c: unknown) => void)(chart);
    expect(ctx.fillRect.mock.calls).toEqual([
      [0, 10, 30, 100],
      [30, 10, 130, 100],
    ]);
  });

  it.each([
    ["behind the datasets", "beforeDatasetsDraw", false],
    ["over stacked bars", "afterDatasetsDraw", true],
  ] as const)(
    "fills a Monte Carlo band %s, hatches it and outlines both edges",
    (_where, hook, over) => {
      const withSpread = {
        ...chart,
        scales: { ...chart.scales, y: { getPixelForValue: (v: number) => 100 - v } },
        config: {
          options: {
            plugins: {
              colTimeline: {
                ...chart.config.options.plugins.colTimeline,
                markers: [],
                spreads: [
                  {
                    lower: [null, 10, 20],
                    upper: [null, 30, 40],
                    color: "band",
                    edge: "edge",
                    axis: "y",
                    over,
                  },
                ],
              },
            },
          },
        },
      };
      for (const f of [ctx.moveTo, ctx.lineTo, ctx.fill, ctx.stroke, ctx.clip]) f.mockClear();
      const filled: string[] = [];
      const stroked: string[] = [];
      ctx.fill.mockImplementation(() => filled.push(ctx.fillStyle));
      ctx.stroke.mockImplementation(() => stroked.push(ctx.strokeStyle));
      const other = hook === "afterDatasetsDraw" ? "beforeDatasetsDraw" : "afterDatasetsDraw";
      (timelinePlugin[other] as (c: unknown) => void)(withSpread);
      expect(ctx.fill).not.toHaveBeenCalled();
      (timelinePlugin[hook] as (c: unknown) => void)(withSpread);
      // The area: along the upper edge, back along the lower one.
      expect(ctx.moveTo.mock.calls[0]).toEqual([10, 70]);
      expect(ctx.lineTo.mock.calls.slice(0, 3)).toEqual([
        [20, 60],
        [20, 80],
        [10, 90],
      ]);
      expect(filled).toEqual(["band"]);
      // Hatching clipped to the area, then the two edges: all in the edge colour.
      expect(ctx.clip).toHaveBeenCalledTimes(1);
      expect(stroked).toEqual(["edge", "edge", "edge"]);
      expect(ctx.moveTo.mock.calls.slice(-2)).toEqual([
        [10, 70],
        [10, 90],
      ]);
      expect(ctx.lineTo.mock.calls.slice(-2)).toEqual([
        [20, 60],
        [20, 80],
      ]);
    },
  );

  it("draws a marker line for each decision", () => {
    (timelinePlugin.afterDatasetsDraw as (c: unknown) => void)(chart);
    expect(ctx.moveTo).toHaveBeenCalledWith(55.5, 10);
    expect(ctx.lineTo).toHaveBeenCalledWith(55.5, 110);
  });
});

describe("redrawing in place", () => {
  const fake = (config: ReturnType<typeof sandboxChartConfig>) => {
    const chart = {
      data: config.data,
      options: config.options,
      config: { options: config.options },
      draw: vi.fn(),
      update: vi.fn(),
    };
    return chart;
  };

  it("repaints without re-resolving options when only the overlay moved", () => {
    const before = sandboxChartConfig("members", input);
    const chart = fake(before);
    updateChart(chart as unknown as Chart, before);
    chart.update.mockClear();
    const moved = sandboxChartConfig("members", {
      ...input,
      series: { ...series, markers: [6, 9] },
    });
    expect(sameData(before.data, moved.data)).toBe(true);
    expect(configSignature(before)).toBe(configSignature(moved));
    updateChart(chart as unknown as Chart, moved);
    expect(chart.draw).toHaveBeenCalledTimes(1);
    expect(chart.update).not.toHaveBeenCalled();
    expect(
      (chart.config.options?.plugins as Record<string, { markers: number[] }>).colTimeline?.markers,
    ).toEqual([6, 9]);
  });

  it("updates fully when the values or the style change", () => {
    const before = sandboxChartConfig("nps", input);
    const chart = fake(before);
    updateChart(chart as unknown as Chart, before);
    const later = sandboxChartConfig("nps", {
      ...input,
      series: { ...series, nps: series.nps.map((v) => (v === null ? null : v + 1)) },
    });
    expect(sameData(before.data, later.data)).toBe(false);
    updateChart(chart as unknown as Chart, later);
    expect(chart.update).toHaveBeenCalledWith("none");
    const dark = sandboxChartConfig("nps", { ...input, colors: { ...colors, fg: "#fff" } });
    expect(configSignature(dark)).not.toBe(configSignature(later));
  });
});
