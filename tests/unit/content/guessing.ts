/**
 * What a learner who knows nothing scores on a quiz: the expected score of knowledge-free
 * strategies, computed with the real scoring code (scoreItem) over every answer the strategy
 * might give. Used by quiz-guessing.test.ts to keep quizzes from being passable by guessing.
 */
import {
  displayOrder,
  scoreItem,
  shuffle,
  type Answer,
  type GradableItem,
} from "../../../src/grading/quiz";
import type { QuizItem } from "../../../src/schemas/quiz";

export type Lang = "zh-cn" | "en";
export const LANGS: readonly Lang[] = ["zh-cn", "en"];

/**
 * random   — a uniformly random answer: one option; a non-empty subset of boxes; an ordering;
 *            a one-to-one matching.
 * longest  — the longest option; the longer half of the boxes; an ordering longest first; long
 *            left sides matched with long right sides.
 * shortest — the mirror image: shortest option, shorter half, shortest first, long with short.
 * middle   — single choice: any option but the longest and the shortest, for a quiz whose
 *            authors avoided both (random elsewhere).
 * tickAll  — every box of a multiple-choice item (random elsewhere).
 * tickNone — no box of a multiple-choice item (random elsewhere).
 * first    — the first option as displayed; only the first box; the ordering as displayed; each
 *            left side matched with the right side in the same place on the displayed list.
 */
export const STRATEGIES = [
  "random",
  "longest",
  "shortest",
  "middle",
  "tickAll",
  "tickNone",
  "first",
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Orderings are enumerated up to this many options and sampled (seeded) above it. */
const ENUMERATE_UP_TO = 7;
const SAMPLES = 5000;

/** Displayed length: characters as a reader counts them (code points, not UTF-16 units). */
export const textLength = (text: string): number => [...text].length;

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function permutations<T>(values: readonly T[]): T[][] {
  if (values.length <= 1) return [[...values]];
  return values.flatMap((v, i) =>
    permutations([...values.slice(0, i), ...values.slice(i + 1)]).map((rest) => [v, ...rest]),
  );
}

/** Every ordering of the ids, or a seeded sample of them when there are too many to list. */
function orderings(ids: readonly string[], seed: string): string[][] {
  if (ids.length <= ENUMERATE_UP_TO) return permutations(ids);
  return Array.from({ length: SAMPLES }, (_, i) => shuffle(ids, `${seed}:${i}`));
}

function subsets<T>(values: readonly T[]): T[][] {
  return values.reduce<T[][]>((acc, v) => [...acc, ...acc.map((s) => [...s, v])], [[]]);
}

/** The mean score of an item over a set of equally likely answers. */
function expected(item: GradableItem, answers: readonly Answer[]): number {
  return mean(answers.map((a) => scoreItem(item, a)));
}

/** Options as displayed in one language: id and text length. */
function lengths(item: QuizItem, lang: Lang): Map<string, number> {
  if (item.type === "single" || item.type === "multiple" || item.type === "order") {
    return new Map(item.options.map((o) => [o.id, textLength(o.text[lang])]));
  }
  return new Map();
}

/**
 * The answers a length rule gives when ties are broken at random: the orderings of ids whose
 * lengths never go up (sign 1) or never go down (sign −1).
 */
function byLength(
  ids: readonly string[],
  length: (id: string) => number,
  sign: 1 | -1,
  seed: string,
) {
  const sorted = orderings(ids, seed).filter((p) =>
    p.every((id, i) => i === 0 || sign * (length(p[i - 1]!) - length(id)) >= 0),
  );
  if (sorted.length > 0) return sorted;
  // Sampling can miss every tie-break of a long list: fall back to a stable sort.
  return [[...ids].sort((a, b) => sign * (length(b) - length(a)))];
}

function matchAnswer(lefts: readonly string[], rights: readonly string[]): Answer {
  return Object.fromEntries(lefts.map((id, i) => [id, rights[i]!]));
}

/** The expected score of one item under one strategy, in one language. */
export function expectedItemScore(item: QuizItem, strategy: Strategy, lang: Lang): number {
  const seed = `guess:${item.id}`;
  switch (item.type) {
    case "numeric":
      // No option to lean on: a number typed without working it out is right by accident only.
      return 0;
    case "single": {
      const ids = item.options.map((o) => o.id);
      const length = lengths(item, lang);
      if (strategy === "first") return scoreItem(item, displayOrder(item, 1)[0]);
      if (strategy === "longest" || strategy === "shortest") {
        const lens = ids.map((id) => length.get(id)!);
        const target = strategy === "longest" ? Math.max(...lens) : Math.min(...lens);
        return expected(
          item,
          ids.filter((id) => length.get(id) === target),
        );
      }
      if (strategy === "middle") {
        const lens = ids.map((id) => length.get(id)!);
        const inner = ids.filter(
          (id) => length.get(id)! < Math.max(...lens) && length.get(id)! > Math.min(...lens),
        );
        return expected(item, inner.length > 0 ? inner : ids);
      }
      return expected(item, ids);
    }
    case "multiple": {
      const ids = item.options.map((o) => o.id);
      const length = lengths(item, lang);
      switch (strategy) {
        case "tickAll":
          return scoreItem(item, ids);
        case "tickNone":
          return scoreItem(item, []);
        case "first":
          return scoreItem(item, [displayOrder(item, 1)[0]!]);
        case "longest":
        case "shortest": {
          // Tick half the boxes (either rounding) picking by length; ties at the cut-off are
          // resolved every possible way, and the better rounding counts.
          const sign = strategy === "longest" ? 1 : -1;
          const halves = [Math.floor(ids.length / 2), Math.ceil(ids.length / 2)];
          return Math.max(
            ...halves.map((k) => {
              const ranked = [...ids].sort((a, b) => sign * (length.get(b)! - length.get(a)!));
              const cut = length.get(ranked[k - 1]!)!;
              const sure = ranked.filter((id) => sign * (length.get(id)! - cut) > 0);
              const tied = ranked.filter((id) => length.get(id) === cut);
              const picks = subsets(tied)
                .filter((s) => s.length === k - sure.length)
                .map((s) => [...sure, ...s]);
              return expected(item, picks);
            }),
          );
        }
        case "random":
          return expected(
            item,
            subsets(ids).filter((s) => s.length > 0),
          );
      }
      break;
    }
    case "order": {
      const ids = item.options.map((o) => o.id);
      const length = lengths(item, lang);
      if (strategy === "first") return scoreItem(item, displayOrder(item, 1));
      if (strategy === "longest" || strategy === "shortest") {
        const sign = strategy === "longest" ? 1 : -1;
        return expected(
          item,
          byLength(ids, (id) => length.get(id)!, sign, seed),
        );
      }
      return expected(item, orderings(ids, seed));
    }
    case "match": {
      const lefts = item.pairs.map((p) => p.id);
      const left = new Map(item.pairs.map((p) => [p.id, textLength(p.left[lang])]));
      const right = new Map(item.pairs.map((p) => [p.id, textLength(p.right[lang])]));
      if (strategy === "first") return scoreItem(item, matchAnswer(lefts, displayOrder(item, 1)));
      if (strategy === "longest" || strategy === "shortest") {
        // Lefts longest first; rights longest first (longest) or shortest first (shortest).
        const sign = strategy === "longest" ? 1 : -1;
        const leftOrders = byLength(lefts, (id) => left.get(id)!, 1, `${seed}:l`);
        const rightOrders = byLength(lefts, (id) => right.get(id)!, sign, `${seed}:r`);
        return mean(
          leftOrders.map((l) =>
            expected(
              item,
              rightOrders.map((r) => matchAnswer(l, r)),
            ),
          ),
        );
      }
      return expected(
        item,
        orderings(lefts, seed).map((r) => matchAnswer(lefts, r)),
      );
    }
  }
  return 0;
}

export interface GuessReport {
  /** Expected quiz score (0–1) of each strategy used on every item. */
  strategies: Record<Strategy, number>;
  /** The best strategy for each item type, used on every item of that type. */
  bestMix: { score: number; choice: Record<string, Strategy> };
  /** Single-choice items whose correct option is strictly longer than every other option. */
  keyLongest: { count: number; of: number };
}

export function keyIsStrictlyLongest(item: QuizItem, lang: Lang): boolean {
  if (item.type !== "single") return false;
  const key = item.options.find((o) => o.correct)!;
  const keyLength = textLength(key.text[lang]);
  return item.options.every((o) => o === key || textLength(o.text[lang]) < keyLength);
}

export function guessReport(items: readonly QuizItem[], lang: Lang): GuessReport {
  const table = items.map(
    (item) =>
      Object.fromEntries(STRATEGIES.map((s) => [s, expectedItemScore(item, s, lang)])) as Record<
        Strategy,
        number
      >,
  );
  const strategies = Object.fromEntries(
    STRATEGIES.map((s) => [s, mean(table.map((row) => row[s]))]),
  ) as Record<Strategy, number>;
  const choice: Record<string, Strategy> = {};
  let total = 0;
  for (const type of new Set(items.map((i) => i.type))) {
    const rows = table.filter((_, i) => items[i]!.type === type);
    const best = STRATEGIES.reduce((a, b) =>
      rows.reduce((sum, r) => sum + r[b], 0) > rows.reduce((sum, r) => sum + r[a], 0) ? b : a,
    );
    choice[type] = best;
    total += rows.reduce((sum, r) => sum + r[best], 0);
  }
  const singles = items.filter((i) => i.type === "single");
  return {
    strategies,
    bestMix: { score: items.length ? total / items.length : 0, choice },
    keyLongest: {
      count: singles.filter((i) => keyIsStrictlyLongest(i, lang)).length,
      of: singles.length,
    },
  };
}
