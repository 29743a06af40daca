/** The quiz as the island receives it: one language's text, mapped server-side by ModuleQuiz.astro. */
import type { Answer, GradableItem } from "./quiz";

export interface ViewOption {
  id: string;
  text: string;
  correct: boolean;
  explain?: string;
}

export type ViewItem = { id: string; prompt: string; explain?: string } & (
  | { type: "single" | "multiple" | "order"; options: ViewOption[] }
  | { type: "match"; pairs: { id: string; left: string; right: string }[] }
  | { type: "numeric"; answer: number; tolerance: number; unit?: string }
);

/** A score as a whole percentage, the way the course shows scores everywhere. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** View items are gradable as they are; this only narrows the type for the grading functions. */
export const gradable = (item: ViewItem): GradableItem => item;

/**
 * How a multiple-choice answer was scored, for the working shown after checking: the right and
 * wrong ticks and how many options are right (the score itself comes from scoreItem).
 */
export function multipleTally(
  options: readonly ViewOption[],
  answer: Answer,
): { right: number; wrong: number; correct: number } {
  const picks = new Set(Array.isArray(answer) ? (answer as readonly string[]) : []);
  const ticked = options.filter((o) => picks.has(o.id));
  return {
    right: ticked.filter((o) => o.correct).length,
    wrong: ticked.filter((o) => !o.correct).length,
    correct: options.filter((o) => o.correct).length,
  };
}

/** The form field names of an item's inputs (radios and checkboxes share the item's name). */
export const fieldName = {
  item: (base: string, itemId: string) => `${base}-${itemId}`,
  match: (base: string, itemId: string, pairId: string) => `${base}-${itemId}-${pairId}`,
  numeric: (base: string, itemId: string) => `${base}-${itemId}-n`,
};

/**
 * The answers already in the form's fields, as FormData entries: what a learner picked or typed
 * in the server-rendered quiz before the island hydrated, which would otherwise be lost when the
 * island first renders. Orderings are not read: their buttons do nothing until hydration.
 */
export function answersFromForm(
  entries: Iterable<[string, string]>,
  items: readonly ViewItem[],
  base: string,
  parse: (text: string) => number | null,
): { answers: Record<string, Answer>; texts: Record<string, string> } {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  const answers: Record<string, Answer> = {};
  const texts: Record<string, string> = {};
  for (const item of items) {
    if (item.type === "single" || item.type === "multiple") {
      const known = new Set(item.options.map((o) => o.id));
      const chosen = (values.get(fieldName.item(base, item.id)) ?? []).filter((v) => known.has(v));
      if (!chosen.length) continue;
      answers[item.id] = item.type === "single" ? chosen[0] : chosen;
    } else if (item.type === "match") {
      const known = new Set(item.pairs.map((p) => p.id));
      const picked: Record<string, string> = {};
      for (const pair of item.pairs) {
        const v = values.get(fieldName.match(base, item.id, pair.id))?.[0];
        if (v && known.has(v)) picked[pair.id] = v;
      }
      if (Object.keys(picked).length) answers[item.id] = picked;
    } else if (item.type === "numeric") {
      const text = values.get(fieldName.numeric(base, item.id))?.[0];
      if (!text) continue;
      texts[item.id] = text;
      answers[item.id] = parse(text);
    }
  }
  return { answers, texts };
}
