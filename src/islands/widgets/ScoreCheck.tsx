import type { T } from "../../i18n/t";

interface Props {
  t: T;
  /** Whether the learner has asked for the answers to be checked. */
  checked: boolean;
  score: number;
  total: number;
  /** Answers still left open, mentioned after the score. */
  unanswered: number;
  onCheck: () => void;
  /** Clears the answers and the check. */
  onRetry: () => void;
}

/**
 * The end of a sorting exercise: "check" and "try again" buttons, then the score once checked,
 * announced to screen readers. The per-item explanations stay with each item.
 */
export function ScoreCheck({ t, checked, score, total, unanswered, onCheck, onRetry }: Props) {
  let summary = "";
  if (checked) {
    summary = t("widget.common.score", { score, total });
    if (unanswered > 0) summary += " " + t("widget.common.unanswered", { count: unanswered });
  }
  return (
    <>
      <div class="w-actions">
        <button type="button" class="btn btn-primary" onClick={onCheck}>
          {t("widget.common.check")}
        </button>
        <button type="button" class="btn" onClick={onRetry}>
          {t("widget.common.retry")}
        </button>
      </div>
      <p class="w-result" aria-live="polite">
        {summary}
      </p>
    </>
  );
}
