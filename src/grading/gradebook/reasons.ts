/**
 * A file's reason and notes in the instructor's language, from the verifier's codes and
 * parameters (keys `instructor.reason.*`, `instructor.note.*`). Lever and metric names are the
 * engine's words (`sim.lever.*`, `sim.metric.*`).
 */
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { LEVERS, METRICS } from "../../sim/index";
import { leverLabel, metricLabel } from "../../i18n/sim";
import { ASSIGNMENT_FIELDS } from "../rules";
import type { GradeNote, GradeReason } from "./file-result";
import type { CopyMark } from "./gradebook";

/** How a language joins several reasons or items in one cell: "；" in Chinese, "; " in English. */
export function listSeparator(lang: Lang): string {
  return lang === "en" ? "; " : "；";
}

const RATIO = new Set(METRICS.filter((m) => m.kind === "ratio").map((m) => m.name as string));

/** Whether a metric is a 0–1 ratio that people read as a percent. */
export const isRatioMetric = (metric: string): boolean => RATIO.has(metric);

/** A metric's value as people read it: ratios as percents, others as they are. */
export function metricValue(metric: string, value: unknown): string {
  if (typeof value !== "number" || !Number.isFinite(value))
    return value === null || value === undefined ? "—" : String(value);
  return isRatioMetric(metric) ? `${Math.round(value * 1000) / 10}%` : String(value);
}

/** A parameter as text; null and missing read as "—". */
function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}

/** A lever's value as people read it: on/off, a choice's name, a number as it is. */
export function leverValueText(lever: string, value: unknown, t: T): string {
  const spec = LEVERS.find((l) => l.name === lever);
  if (spec?.kind === "boolean" && (value === true || value === "true"))
    return t("instructor.value.on");
  if (spec?.kind === "boolean" && (value === false || value === "false"))
    return t("instructor.value.off");
  if ((spec?.kind === "choice" || spec?.kind === "action") && typeof value === "string") {
    const known = spec.kind === "action" ? ["none", ...spec.options] : spec.options;
    if (known.includes(value))
      return t(
        `instructor.option.${lever === "transform" && value === "none" ? "noTransform" : value}`,
      );
  }
  return show(value);
}

/** The assignment fields verification compares, by the name the reason gives. */
const ASSIGNMENT_KEYS: readonly string[] = ["id", ...ASSIGNMENT_FIELDS];

export function reasonText(reason: GradeReason, t: T, lang: Lang): string {
  const p = reason.params;
  const lever = typeof p.lever === "string" ? leverLabel(t, p.lever) : show(p.lever);
  const leverValue = (value: unknown) =>
    leverValueText(typeof p.lever === "string" ? p.lever : "", value, t);
  switch (reason.code) {
    case "field-differs": {
      const field = reason.field ?? String(p.field ?? "");
      const [head, second, third] = field.split(".");
      const claimed = show(p.claimed);
      const actual = show(p.actual);
      if (head === "assignment" && second && ASSIGNMENT_KEYS.includes(second)) {
        const what = t(`instructor.field.${second}`);
        const asPercent = (v: unknown) =>
          typeof v === "number" ? `${Math.round(v * 1000) / 10}%` : show(v);
        // Long values (levers, goals, ids) would flood the table; the field name says enough.
        return second === "locked" ||
          second === "goals" ||
          second === "learnerIds" ||
          second === "personalSeeds"
          ? t("instructor.reason.assignmentPart", { what })
          : second === "passMark"
            ? t("instructor.reason.assignmentField", {
                what,
                claimed: asPercent(p.claimed),
                actual: asPercent(p.actual),
              })
            : t("instructor.reason.assignmentField", { what, claimed, actual });
      }
      if (head === "assignment") return t("instructor.reason.assignmentMissing");
      if (head === "run" && second) {
        return t("instructor.reason.runField", {
          what: t(`instructor.field.${second}`),
          claimed,
          actual,
        });
      }
      if (head === "claimed" && second === "final" && third) {
        return t("instructor.reason.claimedMetric", {
          metric: metricLabel(t, third),
          claimed: metricValue(third, p.claimed),
          actual: metricValue(third, p.actual),
        });
      }
      if (field === "claimed.stages") return t("instructor.reason.claimedStages");
      if (field === "claimed.hash") return t("instructor.reason.claimedHash");
      if (field === "score.percent")
        return t("instructor.reason.claimedScore", { claimed, actual });
      if (field === "score.goals") return t("instructor.reason.claimedGoals");
      return t("instructor.reason.fieldDiffers", { field, claimed, actual });
    }
    case "locked-lever":
      return t("instructor.reason.locked-lever", {
        lever,
        locked: leverValue(p.locked),
        value: leverValue(p.value),
        week: show(p.week),
      });
    case "unknown-lever":
    case "not-a-number":
    case "out-of-range":
    case "invalid-choice":
    case "not-boolean":
    case "decision-week":
      return t(`instructor.reason.${reason.code}`, {
        lever,
        week: show(p.week),
        value: leverValue(p.value),
        min: show(p.min),
        max: show(p.max),
        choices: show(p.choices),
      });
    case "wrong-format":
      return p.found
        ? t("instructor.reason.wrong-format", { found: show(p.found) })
        : t("instructor.reason.noFormat");
    case "older-model":
      return t(
        p.of === "assignment"
          ? "instructor.reason.older-model.assignment"
          : "instructor.reason.older-model",
        { made: show(p.made), current: show(p.current) },
      );
    case "other-assignment": {
      const title = lang === "en" ? p.titleEn || p.titleZh : p.titleZh || p.titleEn;
      const found = title
        ? t("instructor.reason.titled", { title: show(title), id: show(p.found) })
        : show(p.found);
      return t("instructor.reason.other-assignment", { found });
    }
    default: {
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(p)) values[k] = show(v);
      if (reason.field) values.field = reason.field;
      return t(`instructor.reason.${reason.code}`, values);
    }
  }
}

/** A note on a result (self-set goals, a score the file computed by another rule). */
export function noteText(note: GradeNote, t: T): string {
  const p = note.params;
  if (note.code === "self-set")
    return t(p.kind === "scenario" ? "instructor.note.selfSetScenario" : "instructor.note.selfSet");
  return t("instructor.note.rule-differs", {
    claimed: show(p.claimed),
    claimedRule: show(p.claimedRule),
    rule: show(p.rule),
  });
}

/** "Identical to 王小明; the same a week apart as Ana". */
export function copyText(marks: readonly CopyMark[], t: T, lang: Lang): string {
  const same = marks.filter((m) => !m.shifted).map((m) => m.name);
  const shifted = marks.filter((m) => m.shifted).map((m) => m.name);
  const names = (list: string[]) => list.join(lang === "en" ? ", " : "、");
  return [
    ...(same.length ? [t("instructor.copy.same", { names: names(same) })] : []),
    ...(shifted.length ? [t("instructor.copy.shifted", { names: names(shifted) })] : []),
  ].join(listSeparator(lang));
}
