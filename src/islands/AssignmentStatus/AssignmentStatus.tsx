import { useEffect } from "preact/hooks";
import { useProgress } from "../hooks/useProgress";
import { makeT, type Strings } from "../../i18n/t";
import { markRead, startAssignment } from "../../stores/progress";
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
  /** The link's text once the assignment has passed ("Take the quiz again"); `action` if absent. */
  passedAction?: string;
  strings: Strings;
}

/** The assignment's status and score from the learner's progress, and the way to start it. */
export default function AssignmentStatus({
  moduleId,
  lang,
  passMark,
  href,
  action,
  passedAction,
  strings,
}: Props) {
  const t = makeT(strings);
  const { progress, mounted } = useProgress();
  useEffect(() => {
    markRead(moduleId);
  }, [moduleId]);

  const { status, best, last } = assignmentStatus(progress.modules[moduleId]);
  // Hydration keeps the server's markup (which knows no progress): what depends on progress
  // changes once mounted, so the page updates it.
  const passed = mounted && status === "passed";
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
          class={passed ? "btn" : "btn btn-primary"}
          href={href ?? "#quiz"}
          onClick={() => {
            if (href) startAssignment(moduleId);
          }}
        >
          {passed ? (passedAction ?? action) : action}
        </a>
      </p>
    </div>
  );
}
