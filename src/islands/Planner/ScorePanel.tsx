import type { LevelId } from "../../schemas/levels";
import type { RubricScore } from "../../grading/rubric";
import type { T } from "../../i18n/t";
import { fmtPct } from "../../widgets/numbers";
import { CriterionItem, points, rank } from "./CriterionItem";
import type { CriterionView, RubricView } from "../../planner/view";

/** Why the score is held down: the criteria whose standard every passing plan must meet. */
export function cappedText(
  t: T,
  lang: string,
  rubric: RubricView,
  capped: NonNullable<RubricScore["capped"]>,
): string {
  return t("rubric.capped", {
    at: fmtPct(lang, capped.at, 0),
    criteria: capped.by.map((id) => rubric.criteria[id]?.title ?? id).join(t("rubric.listSep")),
  });
}

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
  t: T;
}) {
  const rubric = rubrics.find((r) => r.id === rubricId)!;
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
        {score.notApplicable > 0 && (
          <>
            <br />
            {t("rubric.naPart", { n: score.notApplicable })}
          </>
        )}
      </p>
      {score.capped && <p class="pl-capped">{cappedText(t, lang, rubric, score.capped)}</p>}
      <ol class="pl-criteria">
        {/* Each group in the rubric's order (sort is stable). */}
        {[...score.criteria]
          .sort((a, b) => rank(a) - rank(b))
          .map((c) => (
            <CriterionItem key={c.id} c={c} rubric={rubric} onSelf={onSelf} t={t} />
          ))}
      </ol>
    </div>
  );
}
