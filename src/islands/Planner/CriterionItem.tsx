import { LEVELS, type LevelId } from "../../schemas/levels";
import type { CriterionScore } from "../../grading/rubric";
import type { T } from "../../i18n/t";
import { Exemplars } from "./Exemplars";
import { focusField } from "./fields";
import { issueText } from "../../planner/issue-text";
import type { CriterionView, RubricView } from "../../planner/view";
import "./criteria.css";

export const points = (n: number) => String(Math.round(n * 10) / 10);

/** Why a criterion does not apply, in words: the rubric's reason or its check's. */
export function notApplicableText(t: T, c: CriterionScore<CriterionView>): string | null {
  const why = c.notApplicable;
  if (why === null) return null;
  return "rule" in why
    ? (c.criterion.notApplicable[why.rule]?.reason ?? t("rubric.notApplicable"))
    : t(`rubric.na.${why.check}`);
}

/** What needs work first, then what is excellent, then what does not apply. */
export const rank = (c: CriterionScore<CriterionView>) =>
  c.notApplicable !== null ? 2 : c.level === "excellent" ? 1 : 0;

/**
 * One criterion of a rubric as scored: its level and points (or why it does not apply), what to
 * fix (each a button to the field), the feedback, and for a self-assessed one the levels to pick
 * and the marked exemplars to compare with. The module link is left out where there is none.
 */
export function CriterionItem({
  c,
  rubric,
  onSelf,
  t,
}: {
  c: CriterionScore<CriterionView>;
  rubric: RubricView;
  /** Where a self-assessed level goes; without it, levels are not offered. */
  onSelf?: (criterion: string, level: LevelId) => void;
  t: T;
}) {
  const v = c.criterion;
  const na = notApplicableText(t, c);
  const titles = Object.fromEntries(
    Object.entries(rubric.criteria).map(([id, criterion]) => [id, criterion.title]),
  );
  return (
    <li class={`pl-crit level-${na ? "na" : (c.level ?? "none")}`}>
      <div class="pl-crit-head">
        <span class={`pl-tag ${v.kind}`}>{t(`rubric.kind.${v.kind}`)}</span>
        <strong>{v.title}</strong>
        <span class="pl-level">
          {na
            ? t("rubric.notApplicable")
            : `${c.level ? t(`rubric.level.${c.level}`) : t("rubric.level.none")} · ${t(
                "rubric.points",
                { points: points(c.points), max: points(v.weight) },
              )}`}
        </span>
      </div>
      {na ? (
        <p class="pl-na">{na}</p>
      ) : (
        <>
          {c.issues.length > 0 && (
            <ul class="pl-issues">
              {c.issues.map((issue, i) => (
                <li key={i}>
                  <button type="button" class="pl-fix" onClick={() => focusField(issue.field)}>
                    {issueText(t, issue)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {c.level !== "excellent" && <p class="pl-feedback">{v.feedback}</p>}
          {v.kind === "self" && onSelf && (
            <fieldset class="pl-self">
              <legend>{t("rubric.selfLegend", { title: v.title })}</legend>
              {LEVELS.map((l) => (
                <label key={l.id} class="pl-self-option">
                  <input
                    type="radio"
                    name={`self-${c.id}`}
                    value={l.id}
                    checked={c.picked === l.id}
                    onChange={() => onSelf(c.id, l.id)}
                  />
                  <span>
                    <strong>{t(`rubric.level.${l.id}`)}</strong>
                    {v.descriptors[l.id] && <> — {v.descriptors[l.id]}</>}
                  </span>
                </label>
              ))}
              <button type="button" class="pl-fix" onClick={() => focusField(v.field)}>
                {t("rubric.reread")}
              </button>
            </fieldset>
          )}
          {v.kind === "self" && rubric.exemplars.length > 0 && (
            <Exemplars exemplars={rubric.exemplars} criterion={c.id} titles={titles} t={t} />
          )}
        </>
      )}
      {v.moduleHref !== "" && (
        <a class="pl-module" href={v.moduleHref}>
          {t("rubric.learn", { module: v.moduleTitle })}
        </a>
      )}
    </li>
  );
}
