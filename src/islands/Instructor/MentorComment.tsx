import { useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { T } from "../../i18n/t";
import { setComment } from "../../stores/mentor-notes";
import type { MentorComment as StoredComment } from "../../schemas/feedback";
import type { GradeRow } from "../../grading/gradebook/gradebook";
import type { ModuleOption } from "../../grading/gradebook/builder";

interface Props {
  t: T;
  row: GradeRow;
  assignment: Assignment;
  comment: StoredComment | undefined;
  modules: ModuleOption[];
}

/**
 * A mentor's comment on one learner, kept as it is typed; the whole class's comments go out as
 * one file (GradeActions).
 */
export function MentorComment({ t, row, assignment, comment, modules }: Props) {
  const [failed, setFailed] = useState(false);
  const id = `in-c-${row.key}`;
  const learner = row.learner!;
  const text = comment?.text ?? "";
  const moduleId = comment?.moduleId ?? "";

  const save = (next: { text: string; moduleId: string }) =>
    setFailed(
      !setComment(assignment.id, row.learnerKey!, {
        text: next.text,
        ...(next.moduleId ? { moduleId: next.moduleId } : {}),
      }),
    );

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
      </div>
      <p class="muted in-hint">{t("instructor.comment.hint")}</p>
      {failed && (
        <p class="in-bad" role="alert">
          {t("instructor.error.storage")}
        </p>
      )}
    </div>
  );
}
