import type { T } from "../../i18n/t";
import { OutlineBlocks } from "./PlanDocument";
import type { ExemplarView } from "../../planner/view";

/**
 * One marked exemplar: who wrote it, the part of a plan it shows, and its marks with the
 * reasons — `criterion`'s first (when given), then the others.
 */
export function ExemplarBody({
  exemplar,
  criterion,
  titles,
  t,
}: {
  exemplar: ExemplarView;
  criterion?: string;
  /** Criterion titles by id. */
  titles: Record<string, string>;
  t: T;
}) {
  const mark = criterion === undefined ? undefined : exemplar.marks[criterion];
  const others = Object.entries(exemplar.marks).filter(([id]) => id !== criterion);
  return (
    <div class={`pl-exemplar is-${exemplar.kind}`}>
      <p class="pl-exemplar-head">
        <strong>{t(`rubric.exemplars.${exemplar.kind}`)}</strong> {exemplar.summary}
      </p>
      {exemplar.sections.map((section) => (
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
}

/**
 * A strong and a weak answer, marked, in a disclosure: beside a self-assessed criterion in the
 * planner (that criterion marked first), or beside a module's written assignment (all marks).
 */
export function Exemplars({
  exemplars,
  criterion,
  titles,
  t,
}: {
  exemplars: readonly ExemplarView[];
  criterion?: string;
  titles: Record<string, string>;
  t: T;
}) {
  return (
    <details class="pl-exemplars">
      <summary>{t("rubric.exemplars.open")}</summary>
      {exemplars.map((ex) => (
        <ExemplarBody key={ex.kind} exemplar={ex} criterion={criterion} titles={titles} t={t} />
      ))}
    </details>
  );
}
