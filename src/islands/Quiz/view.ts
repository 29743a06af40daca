/** The quiz as the island receives it: one language's text, mapped server-side by ModuleQuiz.astro. */
import type { GradableItem } from "../../grading/quiz";

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
