import { describe, expect, it } from "vitest";
import { passes, passesPercent } from "../../../src/grading/pass";
import { scoreQuiz } from "../../../src/grading/quiz";

describe("the one pass rule", () => {
  it.each([
    [0.7, 0.7, true],
    [0.6999, 0.7, false],
    [0.7 - 1e-12, 0.7, true],
    [1, 1, true],
    [0.9999, 1, false],
    [0, 0, true],
    [Number.NaN, 0.5, false],
  ])("score %s against mark %s → %s", (score, mark, expected) => {
    expect(passes(score, mark)).toBe(expected);
  });

  it.each([
    [70, 0.7, true],
    [69.9, 0.7, false],
    [100, 1, true],
    [99.9, 1, false],
  ])("percent %s against mark %s → %s", (percent, mark, expected) => {
    expect(passesPercent(percent, mark)).toBe(expected);
  });

  it("a quiz at exactly its mark passes and one item short does not", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      id: `q${i}`,
      type: "single" as const,
      options: [{ id: "a", correct: true }, { id: "b" }],
    }));
    const answers = (right: number) =>
      Object.fromEntries(items.map((item, i) => [item.id, i < right ? "a" : "b"]));
    expect(scoreQuiz(items, answers(7), 0.7).passed).toBe(true);
    expect(scoreQuiz(items, answers(6), 0.7).passed).toBe(false);
  });
});
