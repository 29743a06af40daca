/**
 * A quiz grade must mean the learner knows the module. This test plays every quiz in
 * content/quizzes, in each language, as a learner who knows nothing — random answers, the longest,
 * shortest or a middling option, every box or none, whatever is shown first, and the best of these for each
 * item type — and fails when any of them could come near the pass mark. It writes the figures to
 * .tmp/quiz-guessing.md.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QuizSchema, type Quiz, type QuizItem } from "../../../src/schemas/quiz";
import { readYaml, ROOT } from "./content-files";
import {
  expectedItemScore,
  guessReport,
  keyIsStrictlyLongest,
  LANGS,
  STRATEGIES,
  type Strategy,
} from "./guessing";

/** The most a knowledge-free strategy may expect to score on a quiz. */
const GUESS_CEILING = 0.35;
/** The most single-choice items of a quiz whose correct option is the strictly longest. */
const KEY_LONGEST_CEILING = 0.3;

const QUIZ_DIR = join(ROOT, "content/quizzes");
const quizzes = readdirSync(QUIZ_DIR)
  .filter((name) => name.endsWith(".yaml"))
  .sort()
  .map((name) => {
    const id = name.replace(/\.yaml$/, "");
    return [id, QuizSchema.parse(readYaml(`content/quizzes/${name}`))] as [string, Quiz];
  });

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const text = (zh: string, en = zh) => ({ "zh-cn": zh, en });
const option = (id: string, label: string, correct = false) => ({
  id,
  text: text(label),
  correct,
});

describe("the guessing strategies themselves", () => {
  const single: QuizItem = {
    id: "s",
    type: "single",
    prompt: text("?"),
    options: [
      option("a", "a much longer right answer", true),
      option("b", "short"),
      option("c", "short"),
      option("d", "shorter"),
    ],
  };
  const multiple: QuizItem = {
    id: "m",
    type: "multiple",
    prompt: text("?"),
    options: [
      option("a", "long right one", true),
      option("b", "long right two", true),
      option("c", "wrong"),
      option("d", "wrong"),
    ],
  };
  const order: QuizItem = {
    id: "o",
    type: "order",
    prompt: text("?"),
    options: [option("a", "first"), option("b", "second"), option("c", "third")],
  };
  const match: QuizItem = {
    id: "p",
    type: "match",
    prompt: text("?"),
    pairs: ["a", "bb", "ccc", "dddd"].map((s) => ({ id: s[0]!, left: text(s), right: text(s) })),
  };
  const numeric: QuizItem = {
    id: "n",
    type: "numeric",
    prompt: text("?"),
    answer: 3,
    tolerance: 0,
  };

  it.each<[string, QuizItem, Strategy, number]>([
    ["single, random: one in four", single, "random", 0.25],
    ["single, longest: the long key is found", single, "longest", 1],
    ["single, shortest: misses the long key", single, "shortest", 0],
    ["single, middle: neither longest nor shortest", single, "middle", 0],
    ["multiple, tick all: two right, two wrong cancel", multiple, "tickAll", 0],
    ["multiple, tick none", multiple, "tickNone", 0],
    ["multiple, longer half: the long right ones", multiple, "longest", 1],
    // Non-empty subsets of 2 right + 2 wrong: mean of max(0, (r − w) / 2) over 15 subsets.
    ["multiple, random subset", multiple, "random", (2 * 0.5 + 1 * 1 + 2 * 0.5) / 15],
    // Orderings of three: tau 1, ⅓, ⅓, −⅓, −⅓, −1, clipped at 0.
    ["order, random", order, "random", (1 + 2 / 3) / 6],
    ["match, random one-to-one: one in n", match, "random", 0.25],
    ["match, lengths give it away", match, "longest", 1],
    ["numeric: nothing to guess from", numeric, "random", 0],
  ])("%s", (_name, item, strategy, score) => {
    expect(expectedItemScore(item, strategy, "en")).toBeCloseTo(score, 10);
  });

  it("takes the best strategy per item type for the mix", () => {
    const report = guessReport([single, multiple, numeric], "en");
    expect(report.bestMix.choice).toEqual({
      single: "longest",
      multiple: "longest",
      numeric: "random",
    });
    expect(report.bestMix.score).toBeCloseTo(2 / 3, 10);
    expect(report.keyLongest).toEqual({ count: 1, of: 1 });
  });

  it("does not count a key that ties for longest", () => {
    const tie: QuizItem = {
      ...single,
      options: [option("a", "same", true), option("b", "same"), option("c", "x")],
    };
    expect(keyIsStrictlyLongest(tie, "en")).toBe(false);
  });
});

const reports = quizzes.flatMap(([id, quiz]) =>
  LANGS.map((lang) => ({ id, lang, quiz, report: guessReport(quiz.items, lang) })),
);

describe.each(reports.map((r) => [`${r.id} (${r.lang})`, r] as const))(
  "quiz %s played without knowledge",
  (_name, { quiz, report, lang }) => {
    it(`no strategy expects more than ${pct(GUESS_CEILING)}`, () => {
      const over = [
        ...STRATEGIES.map((s) => [s, report.strategies[s]] as const),
        [`best mix ${JSON.stringify(report.bestMix.choice)}`, report.bestMix.score] as const,
      ]
        .filter(([, score]) => score > GUESS_CEILING)
        .map(([strategy, score]) => `${strategy}: ${pct(score)}`);
      expect(over).toEqual([]);
    });

    it(`the key is the strictly longest option in at most ${pct(KEY_LONGEST_CEILING)} of single-choice items`, () => {
      const { count, of } = report.keyLongest;
      const longest = quiz.items
        .filter((item) => keyIsStrictlyLongest(item, lang))
        .map((item) => item.id);
      expect(count, `${count} of ${of}: ${longest.join(", ")}`).toBeLessThanOrEqual(
        Math.floor(KEY_LONGEST_CEILING * of),
      );
    });

    it("has about half of each multiple-choice item's options right", () => {
      const lopsided = quiz.items.flatMap((item) => {
        if (item.type !== "multiple") return [];
        const right = item.options.filter((o) => o.correct).length;
        const n = item.options.length;
        return right === Math.floor(n / 2) || right === Math.ceil(n / 2)
          ? []
          : [`${item.id}: ${right} of ${n} right`];
      });
      expect(lopsided).toEqual([]);
    });
  },
);

afterAll(() => {
  const lines = [
    `| quiz | lang | ${STRATEGIES.join(" | ")} | best mix | key longest |`,
    `| --- | --- | ${STRATEGIES.map(() => "---").join(" | ")} | --- | --- |`,
    ...reports.map(
      ({ id, lang, report: r }) =>
        `| ${id} | ${lang} | ${STRATEGIES.map((s) => pct(r.strategies[s])).join(" | ")} | ` +
        `${pct(r.bestMix.score)} | ${r.keyLongest.count}/${r.keyLongest.of} |`,
    ),
  ];
  const dir = join(ROOT, ".tmp");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "quiz-guessing.md"), `${lines.join("\n")}\n`);
  console.log(lines.join("\n"));
});
