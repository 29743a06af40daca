import { useEffect, useRef, useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import "../widgets/widgets.css";
import {
  bestPath,
  choose,
  MAX_SCORE,
  RESPONSE_TARGET_MINUTES,
  scoreDrill,
  startDrill,
  STEPS,
  type Taken,
} from "../../widgets/drill";

type Props = WidgetIslandProps;

/** The drill starts at 14:05 on a Saturday (simulated). */
const START_MINUTE = 14 * 60 + 5;

function CrisisDrill({ strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.crisisDrill.${key}`, values);
  const [state, setState] = useState(startDrill);
  const headRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const id = useScopedId();

  useEffect(() => {
    if (moved.current) headRef.current?.focus();
  }, [state.path.length]);

  const wall = (m: number) => {
    const total = START_MINUTE + m;
    return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
  };
  const elapsed = (m: number) =>
    m < 60 ? w("min", { m }) : w("hmin", { h: Math.floor(m / 60), m: m % 60 });
  const step = state.step === null ? undefined : STEPS[state.step];
  const last = state.path[state.path.length - 1];
  const late = state.respondedAt === null && state.clock > RESPONSE_TARGET_MINUTES;
  const play = (choice: string) => {
    moved.current = true;
    setState(choose(state, choice));
  };
  const restart = () => {
    moved.current = true;
    setState(startDrill());
  };
  const pathList = (path: Taken[]) => (
    <ol>
      {path.map((p) => (
        <li key={p.step}>
          <strong>
            {wall(p.from)} · {w(`c.${p.step}.${p.choice}`)}
          </strong>{" "}
          {w(`f.${p.step}.${p.choice}`)}
        </li>
      ))}
    </ol>
  );

  const score = scoreDrill(state);
  const best = bestPath();
  const isBest = best.path.every((p, i) => state.path[i]?.choice === p.choice);

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <dl class="w-dl w-status">
        <dt>{w("clock")}</dt>
        <dd>
          {wall(state.clock)} ({w("elapsed", { time: elapsed(state.clock) })})
        </dd>
        <dt>{w("level")}</dt>
        <dd class={state.level > 2 ? "w-bad" : undefined}>{w(`level.${state.level}`)}</dd>
        <dt>{w("response")}</dt>
        <dd class={late ? "w-bad" : undefined}>
          {state.respondedAt === null
            ? w(late ? "noResponseLate" : "noResponse")
            : w("respondedAt", {
                time: wall(state.respondedAt),
                after: elapsed(state.respondedAt),
              })}
        </dd>
      </dl>
      <p class="w-result" aria-live="polite">
        {last ? `${w(`f.${last.step}.${last.choice}`)} ` : ""}
        {step
          ? w("now", { time: wall(state.clock), level: w(`level.${state.level}`) })
          : t("widget.common.score", { score: score.total, total: MAX_SCORE })}
      </p>

      {step ? (
        <div>
          <h4 ref={headRef} tabIndex={-1}>
            {w("stepHead", { n: state.path.length + 1, time: wall(state.clock) })}
          </h4>
          <p>{w(`s.${step.id}`)}</p>
          <div class="w-choices" role="group" aria-label={w("choices")}>
            {step.choices.map((c) => (
              <button key={c.id} type="button" class="btn" onClick={() => play(c.id)}>
                {w(`c.${step.id}.${c.id}`)}{" "}
                <span class="muted">({w("takes", { time: elapsed(c.minutes) })})</span>
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div>
          <h4 ref={headRef} tabIndex={-1}>
            {w("debrief")}
          </h4>
          <ul class="w-check">
            <li>
              <strong>{w("score.time", { score: score.time })}</strong>{" "}
              {state.respondedAt === null
                ? w("time.none")
                : w(state.respondedAt <= RESPONSE_TARGET_MINUTES ? "time.ok" : "time.late", {
                    after: elapsed(state.respondedAt),
                  })}
            </li>
            <li>
              <strong>{w("score.candour", { score: score.candour })}</strong>{" "}
              {w(score.candour >= 3 ? "candour.ok" : "candour.low")}
            </li>
            <li>
              <strong>{w("score.containment", { score: score.containment })}</strong>{" "}
              {w("containment.detail", {
                peak: w(`level.${state.peakLevel}`),
                escalations: state.escalations,
              })}
            </li>
          </ul>
          <h4>{w("yourPath")}</h4>
          {pathList(state.path)}
          <h4>{w(isBest ? "bestTaken" : "betterPath")}</h4>
          {!isBest && pathList(best.path)}
          <p>{w("lesson")}</p>
          <div class="w-actions">
            <button type="button" class="btn btn-primary" onClick={restart}>
              {t("widget.common.retry")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

export default withIdScope(CrisisDrill);
