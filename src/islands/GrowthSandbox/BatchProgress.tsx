import type { T } from "../../i18n/t";

/** A batch of runs under way (Monte Carlo, sensitivity analysis): how far it got, and a way to stop it. */
export function BatchProgress(p: {
  t: T;
  /** What is running and how far, e.g. "Running 40 of 200". */
  label: string;
  done: number;
  total: number;
  onCancel: () => void;
}) {
  const pct = p.total ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <div class="sbx-progress" role="status">
      <label>
        <span>{p.label}</span>
        <progress max={100} value={pct} />
      </label>
      <button type="button" class="btn" onClick={p.onCancel}>
        {p.t("sandbox.mc.cancel")}
      </button>
    </div>
  );
}
