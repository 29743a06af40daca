import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { makeT, type Strings } from "../../i18n/t";
import { $progress, markRead, startAssignment } from "../../stores/progress";
import { assignmentStatus } from "../../stores/progress-ops";
import { percent } from "../../grading/quiz-view";

interface Props {
  moduleId: string;
  lang: string;
  passMark: number;
  /** Where the assignment is done (sandbox or planner); absent for quiz assignments. */
  href?: string;
  /** The link's text (already translated). */
  action: string;
  strings: Strings;
}

/** The assignment's status and score from the learner's progress, and the way to start it. */
export default function AssignmentStatus({
  moduleId,
  lang,
  passMark,
  href,
  action,
  strings,
}: Props) {
  const t = makeT(strings);
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    setMounted(true);
    markRead(moduleId);
  }, [moduleId]);

  const { status, best, last } = assignmentStatus(progress.modules[moduleId]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
      dateStyle: "medium",
      timeStyle: "short",
    }).format(new Date(iso));

  return (
    <div class="assignment-status">
      <p class="assignment-state" data-status={mounted ? status : undefined} aria-live="polite">
        {mounted && (
          <>
            <strong>{t(`assignment.status.${status}`)}</strong>
            {best !== undefined && (
              <> · {t("assignment.best", { score: percent(best), pass: percent(passMark) })}</>
            )}
            {last && <> · {t("assignment.last", { date: date(last.at) })}</>}
          </>
        )}
      </p>
      <p>
        <a
          class={status === "passed" ? "btn" : "btn btn-primary"}
          href={href ?? "#quiz"}
          onClick={() => {
            if (href) startAssignment(moduleId);
          }}
        >
          {action}
        </a>
      </p>
    </div>
  );
}
