import { useStore } from "@nanostores/preact";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { dateStamp, downloadText } from "../../lib/browser-files";
import { $assignments, assignmentsFileText, importAssignmentsText } from "../../stores/assignments";
import type { ScenarioOption } from "../../grading/gradebook/builder";
import { assignmentFileName, assignmentFileText } from "../../grading/gradebook/export";
import { MAX_FILE_BYTES } from "../../grading/gradebook/file-result";
import { formatDateTime } from "../../grading/gradebook/format";
import type { PanelNotice } from "../../grading/gradebook/assignments-state";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  editing: string | null;
  onEdit: (a: Assignment) => void;
  onGrade: (a: Assignment) => void;
  onDelete: (a: Assignment) => void;
  say: (notice: PanelNotice) => void;
}

/** The saved assignments: the list with its actions, and export or import of the whole list. */
export function SavedAssignments({
  lang,
  t,
  scenarios,
  editing,
  onEdit,
  onGrade,
  onDelete,
  say,
}: Props) {
  const state = useStore($assignments);
  const scenarioName = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
  const sorted = [...state.assignments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const importFiles = async (files: FileList | null) => {
    const out: string[] = [];
    let tone: PanelNotice["tone"] = "ok";
    const worse = (next: PanelNotice["tone"]) => (tone = tone === "bad" ? "bad" : next);
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_FILE_BYTES) {
        worse("bad");
        out.push(t("instructor.import.tooLarge", { file: file.name }));
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        worse("bad");
        out.push(t("instructor.import.error.read", { file: file.name }));
        continue;
      }
      const r = importAssignmentsText(text);
      if (!r.ok) {
        worse("bad");
        out.push(t(`instructor.import.error.${r.error ?? "foreign"}`, { file: file.name }));
        continue;
      }
      out.push(
        t("instructor.import.done", {
          file: file.name,
          added: r.added.length,
          same: r.same.length,
        }),
      );
      if (r.conflicts.length) {
        worse("warn");
        out.push(t("instructor.import.conflicts", { ids: r.conflicts.join(", ") }));
      }
      if (r.dropped) {
        worse("warn");
        out.push(t("instructor.import.dropped", { n: r.dropped }));
      }
    }
    if (out.length) say({ tone, key: "instructor.import.title", list: out });
  };

  return (
    <section class="in-section" aria-labelledby="in-list-title">
      <h2 id="in-list-title">{t("instructor.list.title")}</h2>
      <p class="muted in-hint">{t("instructor.list.hint")}</p>
      <p class="in-actions">
        <button
          type="button"
          class="btn btn-small"
          disabled={state.assignments.length === 0}
          onClick={() =>
            downloadText(
              `community-ops-lab-assignments-${dateStamp()}.json`,
              assignmentsFileText(state),
            )
          }
        >
          {t("instructor.list.export")}
        </button>
        <input
          id="in-import"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget;
            void importFiles(input.files).then(() => (input.value = ""));
          }}
        />
        <label class="btn btn-small" for="in-import">
          {t("instructor.list.import")}
        </label>
      </p>
      {sorted.length === 0 ? (
        <p class="muted">{t("instructor.list.empty")}</p>
      ) : (
        <ul class="in-list">
          {sorted.map((a) => (
            <li
              key={a.id}
              class={a.id === editing ? "in-list-item card is-open" : "in-list-item card"}
            >
              <div class="in-list-main">
                <h3>{a.title[lang]}</h3>
                <p class="muted">
                  {t("instructor.list.meta", {
                    scenario: scenarioName(a.scenario),
                    seed: a.seed,
                    weeks: a.weeks,
                    goals: a.goals.length,
                  })}
                  {a.personalSeeds && <> · {t("instructor.grade.personalSeeds")}</>}
                </p>
                <p class="muted">
                  {t("instructor.list.due", { due: formatDateTime(lang, a.due) })} ·{" "}
                  <code>{a.id}</code>
                </p>
              </div>
              <p class="in-actions">
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => onEdit(a)}
                  aria-label={t("instructor.list.editLabel", { title: a.title[lang] })}
                >
                  {t("instructor.list.edit")}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => onGrade(a)}
                  aria-label={t("instructor.list.gradeLabel", { title: a.title[lang] })}
                >
                  {t("instructor.list.grade")}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => downloadText(assignmentFileName(a), assignmentFileText(a))}
                  aria-label={t("instructor.list.downloadLabel", { title: a.title[lang] })}
                >
                  {t("instructor.list.download")}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => onDelete(a)}
                  aria-label={t("instructor.list.deleteLabel", { title: a.title[lang] })}
                >
                  {t("instructor.list.delete")}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
