import { useRef, useState } from "preact/hooks";
import type { Stage } from "../../sim/index";
import type { T } from "../../i18n/t";

export const SPEEDS = [1, 2, 4, 8] as const;

interface RunControlsProps {
  t: T;
  week: number;
  weeks: number;
  stage: Stage;
  playing: boolean;
  speed: number;
  readOnly: boolean;
  onStep: () => void;
  onPlay: () => void;
  onSpeed: (speed: number) => void;
  onRunToEnd: () => void;
  onUndo: () => void;
  onReset: () => void;
  /**
   * The run has reached its end and the control that had the focus is no longer usable: the
   * page puts the focus where the results are.
   */
  onFinished: () => void;
  /** Hours and money against the budget, already formatted (shown here on narrow screens, where the lever panel scrolls away). */
  budget: { hours: string; money: string; over: boolean };
}

/**
 * Step, play/pause, run to the end; speed, undo the last week and restart (behind "More" on narrow
 * screens, where the bar sticks to the bottom of the screen); and where the run is. A control
 * that becomes disabled while it has the focus (run to the end, the last step, undo back to week
 * 0) hands the focus on — to the results when the run is over, else to "Step one week" — rather
 * than letting it fall to the page.
 */
export function RunControls(p: RunControlsProps) {
  const { t } = p;
  const done = p.week >= p.weeks;
  const [more, setMore] = useState(false);
  const stepButton = useRef<HTMLButtonElement>(null);
  const finished = useRef(done);
  finished.current = done;
  const onFocusOut = (e: FocusEvent) => {
    const left = e.target as HTMLButtonElement;
    if (e.relatedTarget !== null || !left.disabled) return;
    // After the render that disabled it: every control then shows the run as it now is.
    queueMicrotask(() => {
      if (finished.current) p.onFinished();
      else stepButton.current?.focus();
    });
  };
  return (
    <div class="sbx-run" role="group" aria-label={t("sandbox.run.label")} onFocusOut={onFocusOut}>
      <div class="sbx-run-status">
        <span class="sbx-week" aria-live="polite">
          {t("sandbox.run.week", { week: p.week, weeks: p.weeks })}
        </span>
        <span class={`sbx-stage-badge sbx-stage-${p.stage}`}>{t(`sandbox.stage.${p.stage}`)}</span>
        <progress max={p.weeks} value={p.week} aria-label={t("sandbox.run.progress")} />
      </div>
      <div class="sbx-run-buttons">
        <button
          type="button"
          class="btn btn-primary"
          ref={stepButton}
          onClick={p.onStep}
          disabled={done || p.readOnly}
        >
          {t("sandbox.run.step")}
        </button>
        <button
          type="button"
          class="btn"
          onClick={p.onPlay}
          disabled={(done && !p.playing) || p.readOnly}
          aria-pressed={p.playing}
        >
          {p.playing ? t("sandbox.run.pause") : t("sandbox.run.play")}
        </button>
        <button type="button" class="btn" onClick={p.onRunToEnd} disabled={done || p.readOnly}>
          {t("sandbox.run.toEnd")}
        </button>
        <button
          type="button"
          class="btn sbx-run-more-toggle"
          aria-expanded={more}
          aria-controls="sbx-run-more"
          onClick={() => setMore(!more)}
        >
          {t("sandbox.run.more")}
        </button>
        <div id="sbx-run-more" class="sbx-run-more" data-open={more ? "" : undefined}>
          <label class="sbx-speed">
            <span>{t("sandbox.run.speed")}</span>
            <select
              value={p.speed}
              onChange={(e) => p.onSpeed(Number((e.currentTarget as HTMLSelectElement).value))}
              disabled={p.readOnly}
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {t("sandbox.run.speedValue", { n: s })}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="btn"
            onClick={p.onUndo}
            disabled={p.week === 0 || p.readOnly}
          >
            {t("sandbox.run.undo")}
          </button>
          <button type="button" class="btn" onClick={p.onReset} disabled={p.readOnly}>
            {t("sandbox.run.reset")}
          </button>
        </div>
      </div>
      <p class={`sbx-run-budget${p.budget.over ? " sbx-warn" : ""}`}>
        {t("sandbox.budget.hours")} {p.budget.hours} · {t("sandbox.budget.money")} {p.budget.money}
      </p>
    </div>
  );
}
