import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import { LANGS, type Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { assignmentModel, assignmentRule } from "../../grading/rules";
import { assignmentSummary } from "../../grading/gradebook/export";
import { formatDateTime } from "../../grading/gradebook/format";
import { $assignments, saveAssignment } from "../../stores/assignments";
import type { ScenarioOption } from "../../grading/gradebook/builder";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  assignment: Assignment | null;
  onChoose: (assignment: Assignment) => void;
}

/** Step 1 of the gradebook: the official assignment, picked from the saved list or a dropped file. */
export function GradebookAssignment({ lang, t, scenarios, assignment, onChoose }: Props) {
  const saved = useStore($assignments);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const inList = assignment ? saved.assignments.some((a) => a.id === assignment.id) : true;
  const scenarioName = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
  const writtenIn = assignment?.languages ?? LANGS;

  return (
    <section class="in-section" aria-labelledby="in-gb-assignment">
      <h2 id="in-gb-assignment">{t("instructor.grade.assignmentTitle")}</h2>
      <p class="muted in-hint">{t("instructor.grade.assignmentHint")}</p>
      <div class="in-inline in-gb-pick">
        <label class="in-field">
          <span>{t("instructor.grade.pickSaved")}</span>
          <select
            onChange={(e) => {
              const a = saved.assignments.find((x) => x.id === e.currentTarget.value);
              if (a) onChoose(a);
            }}
          >
            <option value="" disabled selected={!assignment || !inList}>
              {saved.assignments.length
                ? t("instructor.grade.pickPrompt")
                : t("instructor.grade.noSaved")}
            </option>
            {saved.assignments.map((a) => (
              <option key={a.id} value={a.id} selected={assignment?.id === a.id}>
                {a.title[lang]} ({a.id})
              </option>
            ))}
          </select>
        </label>
      </div>
      {assignment && (
        <div class="card in-gb-card">
          <h3>{assignment.title[lang]}</h3>
          {!writtenIn.includes(lang) && (
            <p class="muted">{t(`instructor.writtenIn.${writtenIn[0] ?? "zh-cn"}`)}</p>
          )}
          <p class="muted">
            {assignmentSummary(assignment, scenarioName(assignment.scenario), t, lang)}
          </p>
          <p class="muted">
            {t("instructor.list.due", { due: formatDateTime(lang, assignment.due) })} ·{" "}
            <code>{assignment.id}</code>
          </p>
          <p class="muted">
            {t("instructor.grade.ruleLine", {
              rule: assignmentRule(assignment).id,
              model: assignmentModel(assignment),
            })}
            {assignment.personalSeeds && <> · {t("instructor.grade.personalSeeds")}</>}
          </p>
          {!inList && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() =>
                setNotice(
                  saveAssignment(assignment)
                    ? { ok: true, text: t("instructor.grade.savedToList") }
                    : { ok: false, text: t("instructor.error.storage") },
                )
              }
            >
              {t("instructor.grade.saveToList")}
            </button>
          )}
          {notice && (
            <p class={notice.ok ? "in-ok" : "in-bad"} role="status">
              {notice.text}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
