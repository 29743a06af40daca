import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import { DEFAULT_SCENARIO_ID } from "../../sim";
import { assignmentUrl } from "../../lib/share-url";
import {
  $assignments,
  assignmentsFileText,
  deleteAssignment,
  dismissAssignmentsRecovery,
  importAssignmentsText,
  readAssignmentsRecovery,
  recoveredAssignmentsText,
  restoreAssignment,
  saveAssignment,
  type AssignmentsRecovery,
  type DeletedAssignment,
  type ImportResult,
} from "../../stores/assignments";
import { AssignmentBuilder, fieldId, problemText } from "./AssignmentBuilder";
import {
  blankForm,
  buildAssignment,
  changesGrading,
  copyForm,
  formFromAssignment,
  sameAssignment,
  type BuilderForm,
  type FormProblem,
} from "./builder";
import { MAX_FILE_BYTES } from "./file-result";
import { assignmentFileName, assignmentFileText } from "./export";
import { copyText, dateStamp, downloadText } from "../../lib/browser-files";
import { HandOut } from "./HandOut";
import { randomUnit } from "./random";
import { formatDateTime } from "./format";
import type { ScenarioOption, T } from "./Instructor";
import { RecoveryAlert } from "./RecoveryAlert";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  onGrade: (assignment: Assignment) => void;
}

type Notice = {
  tone: "ok" | "warn" | "bad";
  text: string;
  list?: string[];
  undo?: DeletedAssignment;
};

/** Builds, keeps and hands out assignments: the form, the saved list, export and import. */
export function AssignmentsPanel({ lang, t, scenarios, onGrade }: Props) {
  const state = useStore($assignments);
  const [form, setForm] = useState<BuilderForm>(() =>
    blankForm(DEFAULT_SCENARIO_ID, new Date(), randomUnit),
  );
  /** The saved assignment the form edits; null for a new one. */
  const [editing, setEditing] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  /** Saving would change what earlier submissions are checked against: ask first. */
  const [confirmGrading, setConfirmGrading] = useState<Assignment | null>(null);
  const [recovery, setRecovery] = useState<AssignmentsRecovery | null>(null);

  useEffect(() => setRecovery(readAssignmentsRecovery()), []);

  const saved = state.assignments.find((a) => a.id === editing) ?? null;
  const result = useMemo(() => buildAssignment(form, new Date()), [form]);
  const problems: FormProblem[] = tried && !result.ok ? result.problems : [];
  const scenarioName = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
  const dirty = saved === null || !result.ok || !sameAssignment(result.assignment, saved);

  const say = (notice: Notice) => setNotices([notice]);

  const focusFirstProblem = (list: FormProblem[]) => {
    const first = list[0];
    if (!first) return;
    requestAnimationFrame(() => document.getElementById(fieldId(first.field))?.focus());
  };

  const validOrShow = (): Assignment | null => {
    setTried(true);
    if (result.ok) return result.assignment;
    say({ tone: "bad", text: t("instructor.builder.fix", { n: result.problems.length }) });
    focusFirstProblem(result.problems);
    return null;
  };

  const store = (assignment: Assignment) => {
    if (!saveAssignment(assignment)) {
      say({ tone: "bad", text: t("instructor.error.storage") });
      return;
    }
    setEditing(assignment.id);
    setConfirmGrading(null);
    say({ tone: "ok", text: t("instructor.builder.saved", { title: assignment.title[lang] }) });
  };

  const onSave = () => {
    const assignment = validOrShow();
    if (!assignment) return;
    if (saved && changesGrading(saved, assignment)) setConfirmGrading(assignment);
    else store(assignment);
  };

  const onSaveCopy = () => {
    const copy = copyForm(form, new Date(), randomUnit, {
      "zh-cn": t("instructor.builder.copyMark.zh-cn"),
      en: t("instructor.builder.copyMark.en"),
    });
    const built = buildAssignment(copy, new Date());
    setForm(copy);
    setTried(true);
    if (!built.ok) {
      say({ tone: "bad", text: t("instructor.builder.fix", { n: built.problems.length }) });
      focusFirstProblem(built.problems);
      return;
    }
    store(built.assignment);
  };

  const onPreview = () => {
    const assignment = validOrShow();
    if (assignment) window.open(assignmentUrl(lang, assignment), "_blank", "noopener");
  };

  const startNew = () => {
    setForm(blankForm(form.scenario, new Date(), randomUnit));
    setEditing(null);
    setTried(false);
    setConfirmGrading(null);
    setNotices([]);
    requestAnimationFrame(() => document.getElementById("in-builder-title")?.focus());
  };

  const edit = (a: Assignment) => {
    setForm(formFromAssignment(a));
    setEditing(a.id);
    setTried(false);
    setConfirmGrading(null);
    setNotices([]);
    requestAnimationFrame(() => document.getElementById("in-builder-title")?.focus());
  };

  const remove = (a: Assignment) => {
    const deleted = deleteAssignment(a.id);
    if (!deleted) return say({ tone: "bad", text: t("instructor.error.storage") });
    if (editing === a.id) setEditing(null);
    say({
      tone: "ok",
      text: t("instructor.list.deleted", { title: a.title[lang] }),
      undo: deleted,
    });
  };

  const importFiles = async (files: FileList | null) => {
    const out: string[] = [];
    let tone: Notice["tone"] = "ok";
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_FILE_BYTES) {
        tone = "bad";
        out.push(t("instructor.import.tooLarge", { file: file.name }));
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        tone = "bad";
        out.push(t("instructor.import.error.read", { file: file.name }));
        continue;
      }
      const r: ImportResult = importAssignmentsText(text);
      if (!r.ok) {
        tone = "bad";
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
        tone = tone === "bad" ? "bad" : "warn";
        out.push(t("instructor.import.conflicts", { ids: r.conflicts.join(", ") }));
      }
      if (r.dropped) {
        tone = tone === "bad" ? "bad" : "warn";
        out.push(t("instructor.import.dropped", { n: r.dropped }));
      }
    }
    if (out.length) say({ tone, text: t("instructor.import.title"), list: out });
  };

  const sorted = [...state.assignments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div class="in-assignments">
      {recovery && (
        <RecoveryAlert
          t={t}
          message={t(recovery.whole ? "instructor.recovery.whole" : "instructor.recovery.some", {
            n: recovery.dropped,
          })}
          onDownload={() => {
            const text = recoveredAssignmentsText(recovery);
            if (text !== null)
              downloadText(`assignments-unreadable-${dateStamp()}.txt`, text, "text/plain");
          }}
          onDismiss={() => {
            dismissAssignmentsRecovery();
            setRecovery(null);
          }}
        />
      )}

      <section class="in-section" aria-labelledby="in-builder-title">
        <h2 id="in-builder-title" tabIndex={-1}>
          {editing
            ? t("instructor.builder.editTitle", { title: saved?.title[lang] ?? editing })
            : t("instructor.builder.newTitle")}
        </h2>
        {editing && (
          <p class="muted in-hint">{t("instructor.builder.editHint", { id: editing })}</p>
        )}
        <AssignmentBuilder
          lang={lang}
          t={t}
          scenarios={scenarios}
          form={form}
          onChange={setForm}
          problems={problems}
          warnings={tried ? result.warnings : []}
        />

        {problems.length > 0 && (
          <div class="notice in-notice-bad" role="group" aria-labelledby="in-problems-title">
            <p id="in-problems-title">{t("instructor.builder.fix", { n: problems.length })}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  <a
                    href={`#${fieldId(p.field)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(fieldId(p.field))?.focus();
                    }}
                  >
                    {problemText(p, t, lang)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}

        {confirmGrading && (
          <div class="notice in-notice-warn" role="alert">
            <p id="in-confirm-text">{t("instructor.builder.gradingChange")}</p>
            <p class="in-actions">
              <button type="button" class="btn btn-small" onClick={() => store(confirmGrading)}>
                {t("instructor.builder.saveAnyway")}
              </button>
              <button type="button" class="btn btn-small btn-primary" onClick={onSaveCopy}>
                {t("instructor.builder.saveCopy")}
              </button>
              <button type="button" class="btn btn-small" onClick={() => setConfirmGrading(null)}>
                {t("instructor.builder.keepEditing")}
              </button>
            </p>
          </div>
        )}

        <p class="in-actions in-builder-actions">
          <button type="button" class="btn btn-primary" onClick={onSave}>
            {editing ? t("instructor.builder.saveChanges") : t("instructor.builder.save")}
          </button>
          <button type="button" class="btn" onClick={onPreview}>
            {t("instructor.builder.preview")}
          </button>
          {editing && (
            <button type="button" class="btn" onClick={onSaveCopy}>
              {t("instructor.builder.saveCopy")}
            </button>
          )}
          <button type="button" class="btn" onClick={startNew}>
            {t("instructor.builder.new")}
          </button>
        </p>

        <div class="in-live" aria-live="polite">
          {notices.map((n, i) => (
            <div key={i} class={`notice in-notice-${n.tone}`}>
              <p>{n.text}</p>
              {n.list && (
                <ul>
                  {n.list.map((line, j) => (
                    <li key={j}>{line}</li>
                  ))}
                </ul>
              )}
              {n.undo && (
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => {
                    if (restoreAssignment(n.undo!))
                      say({
                        tone: "ok",
                        text: t("instructor.list.restored", {
                          title: n.undo!.assignment.title[lang],
                        }),
                      });
                  }}
                >
                  {t("instructor.list.undo")}
                </button>
              )}
            </div>
          ))}
        </div>

        {saved && (
          <HandOut
            lang={lang}
            t={t}
            assignment={saved}
            stale={dirty}
            onGrade={() => onGrade(saved)}
            copy={copyText}
          />
        )}
      </section>

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
                    onClick={() => edit(a)}
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
                    onClick={() => remove(a)}
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
    </div>
  );
}
