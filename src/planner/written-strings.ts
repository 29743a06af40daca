/**
 * Which UI strings a written assignment's island needs, as prefixes for pickStrings: its own,
 * the fields it asks for (labels, hints, rows, options), the messages its checks can raise and
 * the rubric's level words. Kept to these so a module page does not carry the planner's strings.
 */
import type { WrittenField } from "../schemas/plan-options";
import { fieldKeys } from "./labels";

/** The issue groups (`rubric.issue.<group>.`) the checks of each plan section raise. */
const ISSUE_GROUPS: Record<string, string> = {
  rules: "rules",
  coldStart: "cold",
  referral: "referral",
  risk: "risk",
};

/** List fields: their rows' i18n name (`planner.row.<row>`, `planner.f.<row>.`). */
const ROWS: Partial<Record<WrittenField, string>> = {
  "referral.tiers": "referralTier",
  "risk.timeline": "timelineStep",
};

export function writtenStringPrefixes(fields: readonly WrittenField[]): string[] {
  const perField = fields.flatMap((field) => {
    const section = field.split(".")[0] ?? "";
    const row = ROWS[field];
    const keys = fieldKeys(field);
    return [
      `planner.f.${field}`,
      `planner.h.${field}`,
      keys.label,
      `rubric.issue.${ISSUE_GROUPS[section] ?? section}.`,
      ...(row
        ? [`planner.row.${row}`, `planner.add.${row}`, `planner.f.${row}.`, "planner.remove"]
        : []),
      ...(field === "referral.mode" ? ["planner.o.referral."] : []),
    ];
  });
  return [
    ...new Set([
      ...perField,
      "written.",
      "rubric.issue.text.",
      "rubric.issue.where",
      "rubric.level.",
      "rubric.kind.",
      "rubric.passed",
      "rubric.notYet",
      "rubric.points",
      "rubric.notApplicable",
      "rubric.na.",
      "assignment.status.",
      "assignment.best",
      "planner.unit.",
      "widget.common.err.",
    ]),
  ];
}
