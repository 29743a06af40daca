/**
 * A check's issue as a sentence: day numbers and review roles in words, and a field named by the
 * checks ("personas.who", with its row number) turned into its label ("Persona 2: “Who they
 * are”"). Pure, so the planner and a module's written assignment word issues the same way.
 */
import type { CheckIssue } from "../grading/checks";
import type { T } from "../i18n/t";
import { fieldKeys } from "./labels";

export function issueText(t: T, issue: CheckIssue): string {
  const values: Record<string, string | number> = { ...issue.values };
  if (typeof values.day === "number") values.day = t(`planner.day.${values.day}`);
  if (typeof values.role === "string") values.role = t(`planner.o.review.${values.role}`);
  if (typeof values.what === "string") {
    const keys = fieldKeys(values.what);
    values.where =
      keys.row !== undefined && typeof values.n === "number"
        ? t("rubric.issue.where", { row: t(`planner.row.${keys.row}`, { n: values.n }) })
        : "";
    values.what = t(keys.label);
  }
  return t(`rubric.issue.${issue.key}`, values);
}
