import { parseNum, type NumRule, type Parsed } from "./numbers";

export const COUNT_RULE: NumRule = { min: 0, integer: true };

/** A Valley Coffee member survey, illustrative: how many members gave each score 0–10. */
export const EXAMPLE_COUNTS = [2, 1, 1, 2, 3, 5, 6, 12, 18, 20, 10];

/** A short list of answers for the list mode, illustrative. */
export const EXAMPLE_LIST = "10 9 8 7 9 6 10 3 8 9 7 5 10 8 9 4 9 7 10 8";

export interface AnswerList {
  /** How many answers gave each score, index 0–10. */
  counts: number[];
  /** Entries that are not a whole number from 0 to 10, as typed, in order. */
  invalid: string[];
}

/**
 * Reads answers separated by spaces, commas (also Chinese ，、), semicolons or new lines.
 * Full-width digits count; anything that is not a whole score 0–10 is reported, not guessed.
 */
export function parseAnswers(text: string): AnswerList {
  const counts = Array.from({ length: 11 }, () => 0);
  const invalid: string[] = [];
  for (const token of text.split(/[\s,，、;；]+/)) {
    if (token === "") continue;
    const parsed = parseNum(token, { min: 0, max: 10, integer: true });
    if (parsed.value === undefined) invalid.push(token);
    else counts[parsed.value] = (counts[parsed.value] ?? 0) + 1;
  }
  return { counts, invalid };
}

/** Parses the eleven per-score count fields; `counts` is null while any field is invalid. */
export function parseCounts(fields: string[]): { parsed: Parsed[]; counts: number[] | null } {
  const parsed = fields.map((f) => (f.trim() === "" ? { value: 0 } : parseNum(f, COUNT_RULE)));
  const ok = parsed.every((p) => p.error === undefined);
  return { parsed, counts: ok ? parsed.map((p) => p.value ?? 0) : null };
}

export type Band = "negative" | "low" | "good" | "excellent";

export interface Nps {
  total: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100 to 100; null when there are no answers. */
  score: number | null;
  band: Band | null;
  /** The weight of one answer in points of the score, 100 / total, to one decimal. */
  oneAnswer: number | null;
}

/** NPS = % promoters (9–10) − % detractors (0–6). */
export function computeNps(counts: number[]): Nps {
  const sum = (from: number, to: number) => counts.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const detractors = sum(0, 6);
  const passives = sum(7, 8);
  const promoters = sum(9, 10);
  const total = detractors + passives + promoters;
  const score = total > 0 ? ((promoters - detractors) * 100) / total : null;
  return {
    total,
    promoters,
    passives,
    detractors,
    score,
    band:
      score === null
        ? null
        : score < 0
          ? "negative"
          : score < 30
            ? "low"
            : score < 70
              ? "good"
              : "excellent",
    oneAnswer: total > 0 ? Math.round(1000 / total) / 10 : null,
  };
}

/** Below this many answers the widget warns that the score is noisy. */
export const SMALL_SAMPLE = 30;
