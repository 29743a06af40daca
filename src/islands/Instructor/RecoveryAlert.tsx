import type { T } from "../../i18n/t";

interface Props {
  t: T;
  /** What could not be read and what happened to it. */
  message: string;
  /** Saves the unreadable text; without it the alert offers only "dismiss". */
  onDownload?: () => void;
  onDismiss: () => void;
}

/** An alert that saved instructor data could not all be read, with its buttons. */
export function RecoveryAlert({ t, message, onDownload, onDismiss }: Props) {
  const dismiss = (
    <button type="button" class="btn btn-small" onClick={onDismiss}>
      {t("instructor.recovery.dismiss")}
    </button>
  );
  return (
    <div class="notice in-notice-warn" role="alert">
      <p>{message}</p>
      {onDownload ? (
        <p class="in-actions">
          <button type="button" class="btn btn-small" onClick={onDownload}>
            {t("instructor.recovery.download")}
          </button>
          {dismiss}
        </p>
      ) : (
        dismiss
      )}
    </div>
  );
}
