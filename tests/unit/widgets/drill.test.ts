import { describe, expect, it } from "vitest";
import {
  allPaths,
  bestPath,
  choose,
  MAX_SCORE,
  scoreDrill,
  startDrill,
  STEPS,
} from "../../../src/widgets/drill";

const play = (...choices: string[]) => choices.reduce(choose, startDrill());

describe("the crisis drill", () => {
  it.each([
    {
      name: "holding statement in 10 minutes, full statement, update as promised",
      choices: ["holding", "full", "update"],
      respondedAt: 10,
      score: { time: 3, candour: 3, containment: 3, total: 9 },
      clock: 355,
    },
    {
      name: "checking first: no public word for 80 minutes",
      choices: ["verify", "full", "update"],
      respondedAt: 80,
      score: { time: 1, candour: 2, containment: 2, total: 5 },
      clock: 355,
    },
    {
      name: "delete, then own the mistake quickly",
      choices: ["delete", "restore", "full", "update"],
      respondedAt: 20,
      score: { time: 3, candour: 2, containment: 2, total: 7 },
      clock: 355,
    },
    {
      name: "delete, then call the photo fake: level 4",
      choices: ["delete", "fake", "voucher", "promo"],
      respondedAt: 10,
      score: { time: 3, candour: 0, containment: 0, total: 3 },
      clock: 335,
    },
    {
      name: "delete, stay silent, wait for legal",
      choices: ["delete", "silent", "legal", "pin"],
      respondedAt: 185,
      score: { time: 0, candour: 0, containment: 2, total: 2 },
      clock: 330,
    },
  ])("$name", ({ choices, respondedAt, score, clock }) => {
    const end = play(...choices);
    expect(end.step).toBeNull();
    expect(end.respondedAt).toBe(respondedAt);
    expect(scoreDrill(end)).toEqual(score);
    expect(end.clock).toBe(clock);
  });

  it("news arrives at its set minute: the clock jumps forward to it", () => {
    const afterHolding = play("holding");
    expect(afterHolding.step).toBe("facts");
    expect(afterHolding.clock).toBe(STEPS.facts?.at);
    expect(afterHolding.path[0]).toEqual({ step: "alert", choice: "holding", from: 0, to: 10 });
  });

  it.each([
    ["an unknown choice at the start", () => startDrill(), "panic"],
    ["any choice after the end", () => play("holding", "full", "update"), "pin"],
  ])("%s changes nothing", (_name, state, choice) => {
    expect(choose(state(), choice)).toEqual(state());
  });

  it("the level stays between 1 and 4", () => {
    for (const end of allPaths()) {
      expect(end.level).toBeGreaterThanOrEqual(1);
      expect(end.peakLevel).toBeLessThanOrEqual(4);
      const s = scoreDrill(end);
      expect(s.total).toBeLessThanOrEqual(MAX_SCORE);
      expect(s.total).toBe(s.time + s.candour + s.containment);
    }
  });

  it("the better path shown in the debrief is the full-score path", () => {
    const best = bestPath();
    expect(best.path.map((p) => p.choice)).toEqual(["holding", "full", "update"]);
    expect(scoreDrill(best).total).toBe(MAX_SCORE);
    expect(allPaths().filter((p) => scoreDrill(p).total === MAX_SCORE)).toHaveLength(1);
  });

  it("the best choice is not always in the same place", () => {
    const best = bestPath().path;
    const positions = best.map((p) => STEPS[p.step]?.choices.findIndex((c) => c.id === p.choice));
    expect(new Set(positions).size).toBeGreaterThan(1);
  });
});
