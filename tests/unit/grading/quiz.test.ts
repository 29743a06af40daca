import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  displayOrder,
  isAnswered,
  parseNumber,
  scoreItem,
  scoreQuiz,
  shuffle,
  shuffleSeed,
  type Answer,
  type GradableItem,
} from "../../../src/grading/quiz";

const single: GradableItem = {
  id: "first-move",
  type: "single",
  options: [{ id: "a" }, { id: "b", correct: true }, { id: "c" }],
};
const multiple: GradableItem = {
  id: "signals",
  type: "multiple",
  options: [
    { id: "a", correct: true },
    { id: "b", correct: true },
    { id: "c" },
    { id: "d", correct: true },
    { id: "e" },
  ],
};
const order: GradableItem = {
  id: "lifecycle",
  type: "order",
  options: [
    { id: "start" },
    { id: "growth" },
    { id: "maturity" },
    { id: "decline" },
    { id: "end" },
  ],
};
const match: GradableItem = {
  id: "platforms",
  type: "match",
  pairs: [{ id: "wechat" }, { id: "discord" }, { id: "zsxq" }, { id: "xhs" }],
};
const numeric: GradableItem = { id: "nps", type: "numeric", answer: 20, tolerance: 0.5 };
const exact: GradableItem = { id: "k", type: "numeric", answer: 0.3 };

describe("scoreItem", () => {
  it.each<[string, GradableItem, Answer, number]>([
    ["single: the correct option", single, "b", 1],
    ["single: a wrong option", single, "a", 0],
    ["single: an unknown option id", single, "zz", 0],
    ["single: no answer", single, null, 0],
    ["single: an array instead of an id", single, ["b"], 0],
    ["multiple: exactly the correct options", multiple, ["a", "b", "d"], 1],
    ["multiple: two of three correct", multiple, ["a", "d"], 2 / 3],
    ["multiple: two correct and one wrong", multiple, ["a", "b", "c"], 1 / 3],
    ["multiple: every option ticked", multiple, ["a", "b", "c", "d", "e"], 1 / 3],
    ["multiple: only wrong options", multiple, ["c", "e"], 0],
    ["multiple: one correct, two wrong never goes below 0", multiple, ["a", "c", "e"], 0],
    ["multiple: nothing ticked", multiple, [], 0],
    ["multiple: a string instead of a list", multiple, "a", 0],
    ["order: the correct order", order, ["start", "growth", "maturity", "decline", "end"], 1],
    ["order: one neighbouring swap", order, ["growth", "start", "maturity", "decline", "end"], 0.8],
    [
      "order: two neighbouring swaps",
      order,
      ["growth", "start", "maturity", "end", "decline"],
      0.6,
    ],
    ["order: first moved to last", order, ["growth", "maturity", "decline", "end", "start"], 0.2],
    ["order: fully reversed", order, ["end", "decline", "maturity", "growth", "start"], 0],
    ["order: a missing option", order, ["start", "growth", "maturity", "decline"], 0],
    ["order: a duplicated option", order, ["start", "start", "maturity", "decline", "end"], 0],
    ["order: an unknown option", order, ["start", "growth", "maturity", "decline", "x"], 0],
    [
      "match: all matched",
      match,
      { wechat: "wechat", discord: "discord", zsxq: "zsxq", xhs: "xhs" },
      1,
    ],
    [
      "match: two swapped",
      match,
      { wechat: "discord", discord: "wechat", zsxq: "zsxq", xhs: "xhs" },
      0.5,
    ],
    ["match: one left blank", match, { wechat: "wechat", discord: "discord", zsxq: "zsxq" }, 0.75],
    [
      "match: the same right side twice",
      match,
      { wechat: "wechat", discord: "wechat", zsxq: "zsxq", xhs: "xhs" },
      0.75,
    ],
    ["match: a list instead of pairs", match, ["wechat"], 0],
    [
      "match: inherited keys do not count",
      match,
      Object.create({ wechat: "wechat" }) as Record<string, string>,
      0,
    ],
    ["numeric: exact", numeric, 20, 1],
    ["numeric: at the edge of the tolerance", numeric, 19.5, 1],
    ["numeric: just outside the tolerance", numeric, 20.6, 0],
    ["numeric: zero tolerance and float error", exact, 0.1 + 0.2, 1],
    ["numeric: zero tolerance, a different value", exact, 0.31, 0],
    ["numeric: NaN", numeric, Number.NaN, 0],
    ["numeric: Infinity", numeric, Number.POSITIVE_INFINITY, 0],
    ["numeric: text", numeric, "20", 0],
    ["numeric: no answer", numeric, undefined, 0],
  ])("%s", (_name, item, answer, expected) => {
    expect(scoreItem(item, answer)).toBeCloseTo(expected, 10);
  });
});

describe("scoreQuiz", () => {
  const items = [single, multiple, order, match, numeric];
  it.each<[string, Record<string, Answer>, number, boolean]>([
    [
      "all right passes with 1",
      {
        "first-move": "b",
        signals: ["a", "b", "d"],
        lifecycle: ["start", "growth", "maturity", "decline", "end"],
        platforms: { wechat: "wechat", discord: "discord", zsxq: "zsxq", xhs: "xhs" },
        nps: 20,
      },
      1,
      true,
    ],
    ["nothing answered scores 0", {}, 0, false],
    [
      "exactly the pass mark passes (0.7)",
      {
        "first-move": "b",
        signals: ["a", "b", "d"],
        lifecycle: ["growth", "maturity", "decline", "end", "start"],
        platforms: { wechat: "wechat", discord: "discord", zsxq: "zsxq", xhs: "xhs" },
        nps: 21,
      },
      0.64,
      false,
    ],
    [
      "one item wrong of five is 0.8 and passes",
      {
        "first-move": "a",
        signals: ["a", "b", "d"],
        lifecycle: ["start", "growth", "maturity", "decline", "end"],
        platforms: { wechat: "wechat", discord: "discord", zsxq: "zsxq", xhs: "xhs" },
        nps: 20,
      },
      0.8,
      true,
    ],
  ])("%s", (_name, answers, score, passed) => {
    const result = scoreQuiz(items, answers);
    expect(result.score).toBeCloseTo(score, 4);
    expect(result.passed).toBe(passed);
    expect(Object.keys(result.items)).toEqual(items.map((i) => i.id));
  });

  it("uses the quiz's own pass mark", () => {
    const answers = { "first-move": "b", signals: ["a"], nps: 0 };
    expect(scoreQuiz([single, multiple, numeric], answers, 0.4).passed).toBe(true);
    expect(scoreQuiz([single, multiple, numeric], answers, 0.5).passed).toBe(false);
  });

  it("passes at exactly the pass mark despite rounding", () => {
    const tenths = Array.from({ length: 10 }, (_, i) => ({ ...single, id: `q${i}` }));
    const answers = Object.fromEntries(tenths.map((item, i) => [item.id, i < 7 ? "b" : "a"]));
    expect(scoreQuiz(tenths, answers, 0.7)).toMatchObject({ score: 0.7, passed: true });
  });

  it("an empty quiz does not pass", () => {
    expect(scoreQuiz([], {})).toEqual({ score: 0, passed: false, items: {} });
  });

  it("never throws and stays within 0–1 whatever the answers", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (answers) => {
        const result = scoreQuiz(items, answers as Record<string, Answer>);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("isAnswered", () => {
  it.each<[GradableItem, Answer, boolean]>([
    [single, "b", true],
    [single, "nope", false],
    [multiple, [], false],
    [multiple, ["c"], true],
    [order, ["start", "growth", "maturity", "decline", "end"], true],
    [order, [], false],
    [match, { wechat: "zsxq", discord: "discord", zsxq: "wechat", xhs: "xhs" }, true],
    [match, { wechat: "zsxq", discord: "discord", zsxq: "", xhs: "xhs" }, false],
    [numeric, 3, true],
    [numeric, null, false],
  ])("%# %o", (item, answer, expected) => {
    expect(isAnswered(item, answer)).toBe(expected);
  });
});

describe("shuffling by attempt and item id", () => {
  const ids = ["a", "b", "c", "d", "e", "f"];

  it("is the same for the same seed and a permutation of the input", () => {
    expect(shuffle(ids, "1:x")).toEqual(shuffle(ids, "1:x"));
    expect([...shuffle(ids, "1:x")].sort()).toEqual(ids);
  });

  it("differs between attempts, so a retry is not a memory test", () => {
    const orders = new Set(
      [1, 2, 3, 4, 5].map((attempt) => shuffle(ids, shuffleSeed(attempt, "x")).join("")),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it("never shows an ordering or matching item already solved", () => {
    const two: GradableItem = {
      id: "two",
      type: "order",
      options: [{ id: "a" }, { id: "b" }, { id: "c" }],
    };
    for (let attempt = 1; attempt <= 200; attempt += 1) {
      expect(displayOrder(two, attempt)).not.toEqual(["a", "b", "c"]);
      expect(displayOrder(match, attempt)).not.toEqual(["wechat", "discord", "zsxq", "xhs"]);
    }
  });

  it("keeps every choice option", () => {
    expect([...displayOrder(multiple, 3)].sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(displayOrder(numeric, 1)).toEqual([]);
  });
});

describe("parseNumber", () => {
  it.each<[string, number | null]>([
    ["20", 20],
    [" 12.5 ", 12.5],
    ["12,5", 12.5],
    ["1,234.5", 1234.5],
    ["１２．５", 12.5],
    ["-3", -3],
    ["−3", -3],
    ["+4", 4],
    ["35%", 35],
    [".5", 0.5],
    ["", null],
    ["abc", null],
    ["1.2.3", null],
    ["12a", null],
    ["1e400", null],
  ])("%j → %s", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});
