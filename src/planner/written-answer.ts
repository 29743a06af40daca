/**
 * A written assignment's answer and the plan it is scored as: the fields the assignment asks
 * for, laid onto a blank plan so the rubric checks read them as they read any plan. Pure.
 */
import type { Plan } from "../schemas/plan";
import type { WrittenField } from "../schemas/plan-options";
import { readField } from "../stores/written";
import { getField, setField } from "./plan-edit";

/** The blank plan with each asked-for field the answer holds (values it may hold only). */
export function planWithAnswer(
  blank: Plan,
  fields: readonly WrittenField[],
  answer: Partial<Record<WrittenField, unknown>>,
): Plan {
  return fields.reduce((plan, field) => {
    const read = field in answer ? readField(field, answer[field]) : null;
    return read === null ? plan : setField(plan, field, read.value);
  }, blank);
}

/** The asked-for fields of a plan: what is saved as the answer. */
export function answerOf(
  plan: Plan,
  fields: readonly WrittenField[],
): Partial<Record<WrittenField, unknown>> {
  return Object.fromEntries(fields.map((field) => [field, getField(plan, field)]));
}

/**
 * The texts of model answers (a written rubric's exemplars, both languages) by field as the
 * checks name them ("risk.timeline.action" for a list's rows): an answer made of them earns
 * nothing (CheckContext.examples).
 */
export function exampleTexts(
  plans: readonly Plan[],
  fields: readonly WrittenField[],
): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  const add = (what: string, text: unknown) => {
    if (typeof text === "string" && text.trim() !== "") (texts[what] ??= []).push(text);
  };
  for (const plan of plans) {
    for (const field of fields) {
      const value = getField(plan, field);
      if (Array.isArray(value)) {
        for (const row of value as Record<string, unknown>[]) {
          for (const [key, text] of Object.entries(row)) {
            if (key !== "id") add(`${field}.${key}`, text);
          }
        }
      } else add(field, value);
    }
  }
  return texts;
}
