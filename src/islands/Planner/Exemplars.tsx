import type { Translate } from "../widgets/NumField";
import { OutlineBlocks } from "./PlanDocument";
import type { ExemplarView } from "./view";

/**
 * A strong and a weak answer, marked, in a disclosure beside a criterion: the learner compares
 * their own answer before picking a level. `criterion` is marked first; the other marks follow.
 */
export function Exemplars({
  exemplars,
  criterion,
  titles,
  t,
}: {
  exemplars: readonly ExemplarView[];
  criterion: string;
  /** Criterion titles by id, for the other marks. */
  titles: Record<string, string>;
  t: Translate;
}) {
  return (
    <details class="pl-exemplars">
      <summary>{t("rubric.exemplars.open")}</summary>
      {exemplars.map((ex) => {
        const mark = ex.marks[criterion];
        const others = Object.entries(ex.marks).filter(([id]) => id !== criterion);
        return (
          <div key={ex.kind} class={`pl-exemplar is-${ex.kind}`}>
            <p class="pl-exemplar-head">
              <strong>{t(`rubric.exemplars.${ex.kind}`)}</strong> {ex.summary}
            </p>
            {ex.sections.map((section) => (
              <div key={section.id} class="pl-exemplar-section">
                <p class="pl-exemplar-title">{section.title}</p>
                <OutlineBlocks section={section} level={5} />
              </div>
            ))}
            {mark && (
              <p class="pl-exemplar-mark">
                <strong>
                  {t("rubric.exemplars.marked", { level: t(`rubric.level.${mark.level}`) })}
                </strong>{" "}
                {mark.note}
              </p>
            )}
            {others.length > 0 && (
              <ul class="pl-exemplar-others">
                {others.map(([id, m]) => (
                  <li key={id}>
                    <strong>
                      {titles[id] ?? id} · {t(`rubric.level.${m.level}`)}
                    </strong>{" "}
                    {m.note}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </details>
  );
}
