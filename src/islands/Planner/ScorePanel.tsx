import { LEVELS, type LevelId } from "../../schemas/rubric";
import type { CheckIssue } from "../../grading/checks";
import type { RubricScore } from "../../grading/rubric";
import type { Translate } from "../widgets/NumField";
import { fmtPct } from "../widgets/numbers";
import { focusField } from "./fields";
import type { CriterionView, RubricView } from "./view";

/** An issue's message, with day numbers and review roles turned into words. */
export function issueText(t: Translate, issue: CheckIssue): string {
  const values: Record<string, string | number> = { ...issue.values };
  if (typeof values.day === "number") values.day = t(`planner.day.${values.day}`);
  if (typeof values.role === "string") values.role = t(`planner.o.review.${values.role}`);
  return t(`rubric.issue.${issue.key}`, values);
}

const points = (n: number) => String(Math.round(n * 10) / 10);

export function ScorePanel({
  lang,
  rubrics,
  rubricId,
  onRubric,
  score,
  onSelf,
  t,
}: {
  lang: string;
  rubrics: readonly RubricView[];
  rubricId: string;
  onRubric: (id: string) => void;
  score: RubricScore<CriterionView>;
  onSelf: (criterion: string, level: LevelId) => void;
  t: Translate;
}) {
  return (
    <div class="pl-score-body">
      <div class="pl-field">
        <label for="pl-rubric">{t("rubric.choose")}</label>
        <select id="pl-rubric" value={rubricId} onChange={(e) => onRubric(e.currentTarget.value)}>
          {rubrics.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </div>
      <p
        class={`pl-score-total ${score.passed ? "is-pass" : "is-fail"}`}
        aria-live="polite"
        aria-atomic="true"
      >
        <span class="pl-score-pct">{fmtPct(lang, score.score, 0)}</span>{" "}
        <span>
          {t(score.passed ? "rubric.passed" : "rubric.notYet", {
            mark: fmtPct(lang, score.passMark, 0),
          })}
        </span>
      </p>
      <p class="pl-score-parts">
        {t("rubric.autoPart", { points: points(score.auto.points), max: points(score.auto.max) })}
        <br />
        {t("rubric.selfPart", { points: points(score.self.points), max: points(score.self.max) })}
        {score.self.unassessed > 0 && <> {t("rubric.unassessed", { n: score.self.unassessed })}</>}
      </p>
      <ol class="pl-criteria">
        {/* What still needs work first, each group in the rubric's order (sort is stable). */}
        {[...score.criteria]
          .sort((a, b) => Number(a.level === "excellent") - Number(b.level === "excellent"))
          .map((c) => {
            const v = c.criterion;
            const level = c.level;
            return (
              <li key={c.id} class={`pl-crit level-${level ?? "none"}`}>
                <div class="pl-crit-head">
                  <span class={`pl-tag ${v.kind}`}>{t(`rubric.kind.${v.kind}`)}</span>
                  <strong>{v.title}</strong>
                  <span class="pl-level">
                    {level ? t(`rubric.level.${level}`) : t("rubric.level.none")} ·{" "}
                    {t("rubric.points", { points: points(c.points), max: points(v.weight) })}
                  </span>
                </div>
                {c.issues.length > 0 && (
                  <ul class="pl-issues">
                    {c.issues.map((issue, i) => (
                      <li key={i}>
                        <button
                          type="button"
                          class="pl-fix"
                          onClick={() => focusField(issue.field)}
                        >
                          {issueText(t, issue)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                {level !== "excellent" && <p class="pl-feedback">{v.feedback}</p>}
                {v.kind === "self" && (
                  <fieldset class="pl-self">
                    <legend>{t("rubric.selfLegend", { title: v.title })}</legend>
                    {LEVELS.map((l) => (
                      <label key={l.id} class="pl-self-option">
                        <input
                          type="radio"
                          name={`self-${c.id}`}
                          value={l.id}
                          checked={level === l.id}
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
                <a class="pl-module" href={v.moduleHref}>
                  {t("rubric.learn", { module: v.moduleTitle })}
                </a>
              </li>
            );
          })}
      </ol>
    </div>
  );
}
