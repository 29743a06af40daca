/**
 * Quiz scoring: pure functions, no DOM, no clock. The quiz island and the tests share them.
 *
 * Every item scores between 0 and 1; the quiz score is the plain mean of its items, so every
 * item weighs the same. Partial credit (also documented in src/grading/README.md):
 *
 * - single   — 1 for the correct option, 0 otherwise.
 * - multiple — (correct options chosen − wrong options chosen) ÷ number of correct options,
 *              never below 0. Ticking every box therefore earns nothing extra: each wrong tick
 *              cancels a right one.
 * - order    — pairs of options in the right relative order minus pairs in the wrong order,
 *              divided by all pairs, never below 0 (Kendall's tau clipped at 0). One neighbouring
 *              swap in five options keeps 0.8; a random order averages about 0; fully reversed is 0.
 * - match    — share of left-hand entries matched to their right-hand partner.
 * - numeric  — 1 when |given − answer| ≤ tolerance, 0 otherwise (no credit for "close"; the
 *              tolerance is the author's statement of what counts as right).
 *
 * A missing or malformed answer scores 0; nothing here throws on bad input.
 */
import alea from "seedrandom/lib/alea.js";
import { passes } from "./pass";

/** The structure of an item that scoring needs; the texts do not matter here. */
export type GradableItem =
  | {
      id: string;
      type: "single" | "multiple" | "order";
      options: readonly { id: string; correct?: boolean }[];
    }
  | { id: string; type: "match"; pairs: readonly { id: string }[] }
  | { id: string; type: "numeric"; answer: number; tolerance?: number };

/**
 * A learner's answer to one item:
 * single → option id; multiple → option ids; order → option ids in the learner's order;
 * match → { left pair id: chosen right pair id }; numeric → a number.
 */
export type Answer =
  string | readonly string[] | Readonly<Record<string, string>> | number | null | undefined;

export const DEFAULT_PASS_MARK = 0.7;

/** Rounds a score to 4 decimals so stored scores do not carry float noise (0.30000000000000004). */
export function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000;
}

function stringArray(answer: Answer): string[] | null {
  return Array.isArray(answer) && answer.every((a) => typeof a === "string")
    ? [...(answer as readonly string[])]
    : null;
}

/** The score of one item, 0–1. */
export function scoreItem(item: GradableItem, answer: Answer): number {
  switch (item.type) {
    case "single": {
      const chosen = item.options.find((o) => o.id === answer);
      return chosen?.correct ? 1 : 0;
    }
    case "multiple": {
      const picks = new Set(stringArray(answer) ?? []);
      const correct = item.options.filter((o) => o.correct).length;
      if (correct === 0) return 0;
      let right = 0;
      let wrong = 0;
      for (const option of item.options) {
        if (!picks.has(option.id)) continue;
        if (option.correct) right += 1;
        else wrong += 1;
      }
      return Math.max(0, (right - wrong) / correct);
    }
    case "order": {
      const given = stringArray(answer);
      const ids = item.options.map((o) => o.id);
      if (!given || given.length !== ids.length || new Set(given).size !== ids.length) return 0;
      const position = new Map(ids.map((id, i) => [id, i]));
      if (!given.every((id) => position.has(id))) return 0;
      if (ids.length < 2) return 1;
      let concordant = 0;
      let discordant = 0;
      for (let i = 0; i < given.length; i += 1) {
        for (let j = i + 1; j < given.length; j += 1) {
          if (position.get(given[i]!)! < position.get(given[j]!)!) concordant += 1;
          else discordant += 1;
        }
      }
      return Math.max(0, (concordant - discordant) / (concordant + discordant));
    }
    case "match": {
      if (item.pairs.length === 0 || typeof answer !== "object" || answer === null) return 0;
      if (Array.isArray(answer)) return 0;
      const matches = answer as Readonly<Record<string, string>>;
      const right = item.pairs.filter(
        (p) => Object.hasOwn(matches, p.id) && matches[p.id] === p.id,
      );
      return right.length / item.pairs.length;
    }
    case "numeric": {
      if (typeof answer !== "number" || !Number.isFinite(answer)) return 0;
      // A hair of slack so that 0.1 + 0.2 style float error never turns a right answer wrong.
      const slack = 1e-9 * Math.max(1, Math.abs(item.answer));
      return Math.abs(answer - item.answer) <= (item.tolerance ?? 0) + slack ? 1 : 0;
    }
  }
}

export interface QuizResult {
  /** Mean item score, 0–1, rounded to 4 decimals. */
  score: number;
  passed: boolean;
  /** Score of each item by id. */
  items: Record<string, number>;
}

/** Scores a whole quiz. An empty quiz scores 0 and does not pass. */
export function scoreQuiz(
  items: readonly GradableItem[],
  answers: Readonly<Record<string, Answer>>,
  passMark: number = DEFAULT_PASS_MARK,
): QuizResult {
  const scores: Record<string, number> = {};
  let total = 0;
  for (const item of items) {
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    const s = roundScore(scoreItem(item, answer));
    scores[item.id] = s;
    total += s;
  }
  const score = items.length === 0 ? 0 : roundScore(total / items.length);
  return { score, passed: items.length > 0 && passes(score, passMark), items: scores };
}

/** Whether the learner has given an answer that can be scored (ordering always has one). */
export function isAnswered(item: GradableItem, answer: Answer): boolean {
  switch (item.type) {
    case "single":
      return typeof answer === "string" && item.options.some((o) => o.id === answer);
    case "multiple":
      return (stringArray(answer)?.length ?? 0) > 0;
    case "order":
      return (stringArray(answer)?.length ?? 0) === item.options.length;
    case "match": {
      if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return false;
      const matches = answer as Readonly<Record<string, string>>;
      return item.pairs.every((p) => typeof matches[p.id] === "string" && matches[p.id] !== "");
    }
    case "numeric":
      return typeof answer === "number" && Number.isFinite(answer);
  }
}

/** The seed of one item's shuffle: the attempt number and the item id, so a retry reshuffles. */
export function shuffleSeed(attempt: number, itemId: string): string {
  return `${attempt}:${itemId}`;
}

/** Fisher–Yates with seedrandom's alea: the same seed always gives the same order. */
export function shuffle<T>(values: readonly T[], seed: string): T[] {
  const random = alea(seed);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order in which an item's options (or, for matching, right-hand sides) are shown in an
 * attempt. Ordering and matching items never start out already solved: if the shuffle lands on
 * the answer, the list is rotated by one.
 */
export function displayOrder(item: GradableItem, attempt: number): string[] {
  if (item.type === "numeric") return [];
  const ids = item.type === "match" ? item.pairs.map((p) => p.id) : item.options.map((o) => o.id);
  const shuffled = shuffle(ids, shuffleSeed(attempt, item.id));
  const solved = shuffled.every((id, i) => id === ids[i]);
  if ((item.type === "order" || item.type === "match") && solved && ids.length > 1) {
    return [...shuffled.slice(1), shuffled[0]!];
  }
  return shuffled;
}

const FULL_WIDTH = /[０-９．，－＋]/g;

/**
 * Reads a number as a person types it: full-width digits (１２．５), a decimal comma ("12,5"),
 * thousands separators ("1,234.5"), spaces, a leading + and a trailing % all work. Returns null
 * when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  let s = text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0]/g, "")
    .replace(/[−–]/g, "-")
    .replace(/%$/, "");
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
