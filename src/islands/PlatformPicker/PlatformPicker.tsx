import { useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import "../widgets/widgets.css";
import { answeredCount, QUESTIONS, rank } from "../../widgets/platforms";

type Props = WidgetIslandProps;

function PlatformPicker({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.platformPicker.${key}`, values);
  const [answers, setAnswers] = useState<Partial<Record<string, string>>>({});
  const id = useScopedId();
  const answered = answeredCount(answers);
  const ranked = rank(answers);
  const top = ranked[0];
  const best = Math.max(1, top?.score ?? 1);
  const sep = lang === "en" ? "; " : "；";

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>
      {QUESTIONS.map((q) => (
        <fieldset key={q.id}>
          <legend>{w(`q.${q.id}`)}</legend>
          {q.answers.map((a) => (
            <label key={a.id} class="w-option">
              <input
                type="radio"
                name={`${id}${q.id}`}
                value={a.id}
                checked={answers[q.id] === a.id}
                onChange={() => setAnswers({ ...answers, [q.id]: a.id })}
              />
              {w(`q.${q.id}.${a.id}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <div class="w-actions">
        <button type="button" class="btn" onClick={() => setAnswers({})}>
          {t("widget.common.retry")}
        </button>
      </div>
      <p class="w-result" aria-live="polite">
        {answered === 0 || !top
          ? w("start")
          : w("summary", {
              platform: w(`p.${top.platform}`),
              answered,
              total: QUESTIONS.length,
            })}
      </p>
      {answered > 0 && (
        <ol class="w-rank">
          {ranked.map((r) => (
            <li key={r.platform}>
              <h4 class="w-card-title">
                {w(`p.${r.platform}`)}{" "}
                <span class="muted">
                  · {w("points", { points: r.score < 0 ? `−${-r.score}` : r.score })}
                </span>
              </h4>
              <div class="w-meter" aria-hidden="true">
                <span style={`width:${(Math.max(0, r.score) / best) * 100}%`} />
              </div>
              <p>
                <strong>{w("pro")}</strong> {w(`p.${r.platform}.pro`)}
              </p>
              <p>
                <strong>{w("con")}</strong> {w(`p.${r.platform}.con`)}
              </p>
              {r.because.length > 0 && (
                <p class="w-note">
                  {w("because")}{" "}
                  {r.because
                    .map(
                      (b) =>
                        `${w(`q.${b.question}.${b.answer}`)} ${b.points > 0 ? "+" : "−"}${Math.abs(b.points)}`,
                    )
                    .join(sep)}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {answered > 0 && <p class="w-note">{w("combine")}</p>}
    </section>
  );
}

export default withIdScope(PlatformPicker);
