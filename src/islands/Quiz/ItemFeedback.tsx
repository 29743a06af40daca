import type { Answer } from "../../grading/quiz";
import { multipleTally, percent, type ViewItem } from "../../grading/quiz-view";

interface Props {
  item: ViewItem;
  answer: Answer;
  score: number;
  t: (key: string, values?: Record<string, string | number>) => string;
}

/** After checking: whether the answer was right, what the right answer is, and why. */
export function ItemFeedback({ item, answer, score, t }: Props) {
  const verdict = score >= 1 ? "correct" : score > 0 ? "partial" : "wrong";
  const chosen = (id: string) => (Array.isArray(answer) ? answer.includes(id) : answer === id);
  const tally = item.type === "multiple" ? multipleTally(item.options, answer) : null;
  return (
    <div class={`quiz-feedback ${verdict}`}>
      <p class="quiz-verdict">{t(`quiz.verdict.${verdict}`, { score: percent(score) })}</p>
      {tally && (
        <p class="quiz-working">
          {t(tally.right < tally.wrong ? "quiz.working.multipleFloor" : "quiz.working.multiple", {
            ...tally,
            score: percent(score),
          })}
        </p>
      )}
      {(item.type === "single" || item.type === "multiple") && (
        <ul class="quiz-explains">
          {item.options
            .filter((o) => o.correct || chosen(o.id))
            .map((o) => (
              <li key={o.id} class={o.correct ? "right" : "wrong"}>
                <span class="quiz-tag">
                  {[
                    chosen(o.id) ? t("quiz.yourAnswer") : "",
                    o.correct ? t("quiz.rightAnswer") : t("quiz.notRight"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>{" "}
                <strong>{o.text}</strong>
                {o.explain && <span class="quiz-explain"> — {o.explain}</span>}
              </li>
            ))}
        </ul>
      )}
      {item.type === "order" && verdict !== "correct" && (
        <>
          <p>{t("quiz.rightOrder")}</p>
          <ol class="quiz-explains">
            {item.options.map((o) => (
              <li key={o.id}>
                {o.text}
                {o.explain && <span class="quiz-explain"> — {o.explain}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {item.type === "match" && verdict !== "correct" && (
        <>
          <p>{t("quiz.rightMatches")}</p>
          <ul class="quiz-explains">
            {item.pairs.map((p) => (
              <li key={p.id}>
                {p.left} → <strong>{p.right}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.type === "numeric" && (
        <p>
          {t(item.tolerance > 0 ? "quiz.rightNumberTolerance" : "quiz.rightNumber", {
            answer: String(item.answer),
            // "28%" but "12 points": a percent sign sits against its number.
            unit: !item.unit ? "" : item.unit.startsWith("%") ? item.unit : ` ${item.unit}`,
            tolerance: String(item.tolerance),
          })}
        </p>
      )}
      {item.explain && <p class="quiz-explain">{item.explain}</p>}
    </div>
  );
}
