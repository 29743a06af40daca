import { useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import { setComment, type StoredComment } from "../../stores/mentor-notes";
import { feedbackFile, fileSafe } from "./export";
import { downloadText } from "../../lib/browser-files";
import type { GradeRow } from "./gradebook";
import type { ModuleOption, T } from "./Instructor";

interface Props {
  t: T;
  row: GradeRow;
  assignment: Assignment;
  mentor: string;
  comment: StoredComment | undefined;
  modules: ModuleOption[];
}

/** A mentor's comment on one learner, kept as it is typed, and the feedback file made from it. */
export function MentorComment({ t, row, assignment, mentor, comment, modules }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `in-c-${row.key}`;
  const learner = row.learner!;
  const text = comment?.text ?? "";
  const moduleId = comment?.moduleId ?? "";

  const save = (next: { text: string; moduleId: string }) => {
    const ok = setComment(assignment.id, row.learnerKey!, {
      text: next.text,
      ...(next.moduleId ? { moduleId: next.moduleId } : {}),
    });
    setMessage(ok ? null : { ok: false, text: t("instructor.error.storage") });
  };

  const download = () => {
    if (!text.trim()) return setMessage({ ok: false, text: t("instructor.comment.needText") });
    if (!mentor.trim()) {
      document.getElementById("in-mentor")?.focus();
      return setMessage({ ok: false, text: t("instructor.comment.needMentor") });
    }
    const at = new Date().toISOString();
    const file = feedbackFile(
      learner,
      assignment,
      mentor,
      { text, ...(moduleId ? { moduleId } : {}), updatedAt: comment?.updatedAt ?? at },
      at,
    );
    if (!file) return setMessage({ ok: false, text: t("instructor.comment.invalid") });
    downloadText(
      `feedback-${fileSafe(assignment.id)}-${fileSafe(learner.id ?? learner.name)}.json`,
      JSON.stringify(file, null, 2) + "\n",
    );
    setMessage({ ok: true, text: t("instructor.comment.downloaded", { name: learner.name }) });
  };

  return (
    <div class="in-comment">
      <label class="in-field" for={`${id}-text`}>
        <span>{t("instructor.comment.label", { name: learner.name })}</span>
      </label>
      <textarea
        id={`${id}-text`}
        rows={4}
        maxLength={20000}
        value={text}
        onInput={(e) => save({ text: e.currentTarget.value, moduleId })}
      />
      <div class="in-inline in-comment-bar">
        <label class="in-field">
          <span>{t("instructor.comment.module")}</span>
          <select
            value={moduleId}
            onChange={(e) => save({ text, moduleId: e.currentTarget.value })}
          >
            <option value="">{t("instructor.comment.noModule")}</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn btn-small" onClick={download}>
          {t("instructor.comment.download")}
        </button>
      </div>
      <p class="muted in-hint">{t("instructor.comment.hint")}</p>
      <p class={message?.ok ? "in-ok" : "in-bad"} aria-live="polite">
        {message?.text}
      </p>
    </div>
  );
}
