import { describe, expect, it } from "vitest";
import { MODEL_VERSION, init } from "../../../src/sim/index";
import { TABLE_COLUMNS, timeTable } from "../../../src/sandbox/tables";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const scenario = getScenario("coffee-members")!;
const result = replayRun({
  modelVersion: MODEL_VERSION,
  scenario: scenario.id,
  seed: 7,
  weeks: 4,
  decisions: [],
});
const rows = [init(scenario, 7).metrics, ...result.weeks];

describe("a chart's table", () => {
  it("has a row per week with the chart's figures and no band when none is drawn", () => {
    const table = timeTable(rows, TABLE_COLUMNS.members);
    expect(table.map((r) => r.week)).toEqual([0, 1, 2, 3, 4]);
    expect(table[2]!.values[0]).toBe(rows[2]!.members);
    expect(table.every((r) => r.band === undefined)).toBe(true);
  });

  it("shows the Monte Carlo band the chart draws, week by week, as the chart does", () => {
    // Bands on the time axis: index = week, nothing at week 0.
    const band = {
      p10: [null, 10, 20, 30, 40],
      p50: [null, 15, 25, 35, 45],
      p90: [null, 19, 29, 39, 49],
    };
    const table = timeTable(rows, TABLE_COLUMNS.members, band);
    expect(table.map((r) => r.band)).toEqual([
      { p10: null, p50: null, p90: null },
      { p10: 10, p50: 15, p90: 19 },
      { p10: 20, p50: 25, p90: 29 },
      { p10: 30, p50: 35, p90: 39 },
      { p10: 40, p50: 45, p90: 49 },
    ]);
  });
});
