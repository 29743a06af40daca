import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { queueDraw } from "../../../../src/lib/charts/draw-queue";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.runAllTimers();
  vi.useRealTimers();
});

describe("the chart drawing queue", () => {
  it("draws one chart per task, in the order asked", () => {
    const drawn: string[] = [];
    for (const id of ["members", "activity", "joins"]) queueDraw(() => drawn.push(id));
    expect(drawn).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(drawn).toEqual(["members"]);
    vi.advanceTimersToNextTimer();
    expect(drawn).toEqual(["members", "activity"]);
    vi.runAllTimers();
    expect(drawn).toEqual(["members", "activity", "joins"]);
  });

  it("leaves out a draw taken back before its turn, first in line or not", () => {
    const drawn: string[] = [];
    const cancelFirst = queueDraw(() => drawn.push("a"));
    queueDraw(() => drawn.push("b"));
    const cancelThird = queueDraw(() => drawn.push("c"));
    cancelThird();
    cancelFirst();
    vi.runAllTimers();
    expect(drawn).toEqual(["b"]);
  });

  it("goes on with the rest when one draw throws", () => {
    const drawn: string[] = [];
    queueDraw(() => {
      throw new Error("canvas gone");
    });
    queueDraw(() => drawn.push("next"));
    expect(() => vi.advanceTimersToNextTimer()).toThrow("canvas gone");
    vi.runAllTimers();
    expect(drawn).toEqual(["next"]);
  });
});
