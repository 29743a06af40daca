import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../src/grading/quiz";
import {
  answersFromForm,
  fieldName,
  multipleTally,
  type ViewItem,
} from "../../../src/grading/quiz-view";

const opt = (id: string) => ({ id, text: id, correct: false });
const items: ViewItem[] = [
  { id: "q1", prompt: "", type: "single", options: [opt("a"), opt("b")] },
  { id: "q2", prompt: "", type: "multiple", options: [opt("a"), opt("b"), opt("c")] },
  {
    id: "q3",
    prompt: "",
    type: "match",
    pairs: [
      { id: "x", left: "", right: "" },
      { id: "y", left: "", right: "" },
    ],
  },
  { id: "q4", prompt: "", type: "numeric", answer: 3, tolerance: 0 },
  { id: "q5", prompt: "", type: "order", options: [opt("a"), opt("b")] },
];
const base = "quiz-00-orientation";

describe("answersFromForm (answers given before the quiz hydrates)", () => {
  it("reads choices, matches and typed numbers by the fields' names", () => {
    const out = answersFromForm(
      [
        [fieldName.item(base, "q1"), "b"],
        [fieldName.item(base, "q2"), "a"],
        [fieldName.item(base, "q2"), "c"],
        [fieldName.match(base, "q3", "x"), "y"],
        [fieldName.match(base, "q3", "y"), ""],
        [fieldName.numeric(base, "q4"), "3,5"],
      ],
      items,
      base,
      parseNumber,
    );
    expect(out.answers).toEqual({
      q1: "b",
      q2: ["a", "c"],
      q3: { x: "y" },
      q4: parseNumber("3,5"),
    });
    expect(out.texts).toEqual({ q4: "3,5" });
  });

  it("an untouched form gives no answers, and unknown values are ignored", () => {
    const untouched = answersFromForm(
      [
        [fieldName.match(base, "q3", "x"), ""],
        [fieldName.numeric(base, "q4"), ""],
      ],
      items,
      base,
      parseNumber,
    );
    expect(untouched).toEqual({ answers: {}, texts: {} });
    const odd = answersFromForm(
      [
        [fieldName.item(base, "q1"), "zzz"],
        [fieldName.match(base, "q3", "x"), "nope"],
        [fieldName.item("quiz-other", "q1"), "a"],
      ],
      items,
      base,
      parseNumber,
    );
    expect(odd.answers).toEqual({});
  });
});

describe("multipleTally (the working shown under a checked multiple-choice item)", () => {
  const options = ["a", "b", "c", "d"].map((id) => ({ id, text: id, correct: id < "c" }));
  it.each<[string, unknown, { right: number; wrong: number; correct: number }]>([
    ["only the right ones", ["a", "b"], { right: 2, wrong: 0, correct: 2 }],
    ["every box", ["a", "b", "c", "d"], { right: 2, wrong: 2, correct: 2 }],
    ["one right, one wrong", ["d", "a"], { right: 1, wrong: 1, correct: 2 }],
    ["an unknown id is not a tick", ["a", "zz"], { right: 1, wrong: 0, correct: 2 }],
    ["no answer", undefined, { right: 0, wrong: 0, correct: 2 }],
  ])("%s", (_name, answer, tally) => {
    expect(multipleTally(options, answer as string[] | undefined)).toEqual(tally);
  });
});
