/**
 * Which UI strings name a text field the rubric checks read. A field is named as in the checks'
 * `MIN_UNITS` ("personas.who", "risk.timeline.action"): list rows by their list. The same names
 * give a check's message its field label ("Persona 2: “Who they are” …") and give the checks the
 * label and hint texts a learner might paste back instead of an answer (`fieldEchoes`).
 */
import { ANY_FIELD, MIN_UNITS } from "../grading/checks";
import type { Strings } from "../i18n/t";

/** Lists of rows: the i18n name of their rows (`planner.row.<row>`, `planner.f.<row>.<field>`). */
const LISTS: Record<string, string> = {
  personas: "persona",
  events: "event",
  "contentReview.steps": "step",
  "segmentation.tiers": "tier",
  "segmentation.points": "pointsRule",
  "segmentation.badges": "badge",
  "segmentation.coreRoles": "coreRole",
  "referral.tiers": "referralTier",
  "risk.escalation": "level",
  "risk.timeline": "timelineStep",
  kpis: "kpi",
  "team.members": "member",
  "team.sops": "sop",
  "calendar.slots": "slot",
};

export interface FieldKeys {
  /** i18n key of the field's label. */
  label: string;
  /** i18n keys that may hold a hint for it (not all exist). */
  hints: string[];
  /** The row name when the field belongs to a list row. */
  row?: string;
}

/** The i18n keys of a checked text field's label and hints. */
export function fieldKeys(what: string): FieldKeys {
  const dot = what.lastIndexOf(".");
  const list = dot < 0 ? "" : what.slice(0, dot);
  const field = what.slice(dot + 1);
  const row = LISTS[list];
  if (what === "calendar.slots.theme") return { label: "planner.cal.theme", hints: [], row };
  if (list === "personas") {
    return { label: `planner.f.${what}`, hints: ["planner.sh.personas"], row };
  }
  if (row) {
    return { label: `planner.f.${row}.${field}`, hints: [`planner.h.${list}`], row };
  }
  if (list === "value") return { label: `planner.o.value.${field}`, hints: [] };
  if (list === "lifecycle") return { label: `planner.o.stage.${field}`, hints: [] };
  return { label: `planner.f.${what}`, hints: [`planner.h.${what}`] };
}

/**
 * For every checked text field, its label and hints as the given dictionaries have them (both
 * languages, so pasting either earns nothing), and under `ANY_FIELD` every field's label.
 */
export function fieldEchoes(dictionaries: readonly Strings[]): Record<string, string[]> {
  const texts = (keys: readonly string[]) =>
    dictionaries.flatMap((d) =>
      keys
        .map((key) => d[key])
        .filter((text): text is string => typeof text === "string" && text.trim() !== ""),
    );
  const echoes: Record<string, string[]> = {};
  for (const what of Object.keys(MIN_UNITS)) {
    const keys = fieldKeys(what);
    echoes[what] = texts([keys.label, ...keys.hints]);
  }
  echoes[ANY_FIELD] = [...new Set(texts(Object.keys(MIN_UNITS).map((w) => fieldKeys(w).label)))];
  return echoes;
}
