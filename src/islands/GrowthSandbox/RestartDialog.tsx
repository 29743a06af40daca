import type { RefObject } from "preact";
import type { T } from "../../i18n/t";

/**
 * Asks before a run is thrown away: a modal dialog (the keyboard stays in it, Escape cancels),
 * with "keep this run" focused first. `onRestart` runs only when the learner confirms.
 */
export function RestartDialog({
  t,
  week,
  decisions,
  onRestart,
  dialog,
}: {
  t: T;
  week: number;
  decisions: number;
  onRestart: () => void;
  dialog: RefObject<HTMLDialogElement>;
}) {
  return (
    <dialog
      ref={dialog}
      class="sbx-dialog"
      aria-labelledby="sbx-restart-title"
      aria-describedby="sbx-restart-body"
      onClose={(e) => {
        const dialog = e.currentTarget as HTMLDialogElement;
        if (dialog.returnValue === "restart") onRestart();
        dialog.returnValue = "";
      }}
    >
      <form method="dialog">
        <h2 id="sbx-restart-title" class="sbx-card-title">
          {t("sandbox.restart.title")}
        </h2>
        <p id="sbx-restart-body">
          {decisions
            ? t("sandbox.restart.body", { week, n: decisions })
            : t("sandbox.restart.bodyNoDecisions", { week })}
        </p>
        <div class="sbx-row">
          <button type="submit" value="cancel" class="btn btn-primary" autofocus>
            {t("sandbox.restart.cancel")}
          </button>
          <button type="submit" value="restart" class="btn">
            {t("sandbox.restart.confirm")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
