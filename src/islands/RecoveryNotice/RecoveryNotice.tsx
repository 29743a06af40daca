import { useEffect, useState } from "preact/hooks";
import type { Strings } from "../../i18n/t";
import { makeT } from "../../i18n/t";
import { dismissRecovery, readRecovery, recoveredText, type Recovery } from "../../stores/progress";
import { errorText } from "./errors";
import "./recovery-notice.css";

/**
 * Shown when the progress stored in this browser could not be read: says so, names why, and
 * offers the kept copy as a download. Needs the `progress.recovery.` and `progress.error.` strings.
 */
export function RecoveryNotice({ strings }: { strings: Strings }) {
  const t = makeT(strings);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    const found = readRecovery();
    setRecovery(found);
    const text = found && recoveredText(found);
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  if (!recovery) return null;
  return (
    <div class="notice recovery-notice" role="alert">
      <p class="recovery-title">{t("progress.recovery.title")}</p>
      <p>
        {t(recovery.backupKey ? "progress.recovery.kept" : "progress.recovery.notKept")}{" "}
        {errorText(t, recovery.error)}
      </p>
      <p class="recovery-actions">
        {href && (
          <a class="btn" href={href} download="community-ops-lab-progress-unreadable.json">
            {t("progress.recovery.download")}
          </a>
        )}
        <button
          type="button"
          class="btn"
          onClick={() => {
            dismissRecovery();
            setRecovery(null);
          }}
        >
          {t("progress.recovery.dismiss")}
        </button>
      </p>
    </div>
  );
}
