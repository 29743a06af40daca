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
  type SandboxChartInput,
} from "../../../../src/lib/charts/sandbox";
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

  it.each([
    ["members", "members"],
    ["activity", "dau"],
    ["money", "revenue"],
    ["nps", "nps"],
  ] as const)(
    "the %s chart draws the %s Monte Carlo band with its median and a legend entry",
    (id, metric) => {
      const band = {
        p10: series.members.map(() => 1),
        p50: series.members.map(() => 2),
        p90: series.members.map(() => 3),
      };
      const config = sandboxChartConfig(id, { ...input, bands: { [metric]: band } });
      const options = config.options as { plugins: { colTimeline: { spreads: unknown[] } } };
      expect(options.plugins.colTimeline.spreads).toEqual([
        { lower: band.p10, upper: band.p90, color: "band", axis: "y" },
      ]);
      const ds = config.data.datasets as { label: string; data: unknown[] }[];
      expect(ds.find((d) => d.label === "median")?.data).toEqual(band.p50);
      expect(ds.find((d) => d.label === "band")?.data.every((v) => v === null)).toBe(true);
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

  it("fills a Monte Carlo band between its lower and upper edges", () => {
    const withSpread = {
      ...chart,
      scales: { ...chart.scales, y: { getPixelForValue: (v: number) => 100 - v } },
      config: {
        options: {
          plugins: {
            colTimeline: {
              ...chart.config.options.plugins.colTimeline,
              markers: [],
              spreads: [{ lower: [null, 10, 20], upper: [null, 30, 40], color: "band", axis: "y" }],
            },
          },
        },
      },
    };
    ctx.moveTo.mockClear();
    ctx.lineTo.mockClear();
    (timelinePlugin.afterDatasetsDraw as (c: unknown) => void)(withSpread);
    expect(ctx.moveTo.mock.calls).toEqual([[10, 70]]);
    expect(ctx.lineTo.mock.calls).toEqual([
      [20, 60],
      [20, 80],
      [10, 90],
    ]);
    expect(ctx.fill).toHaveBeenCalled();
  });

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
