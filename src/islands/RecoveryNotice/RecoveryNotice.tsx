import type { Strings } from "../../i18n/t";
import { makeT } from "../../i18n/t";
import { dismissRecovery, readRecovery, recoveredText, type Recovery } from "../../stores/progress";
import { errorText } from "../../i18n/decode-errors";
import { UnreadableDataNotice, type SetAsideStore } from "./UnreadableDataNotice";

const PROGRESS_RECOVERY: SetAsideStore<Recovery> = {
  read: readRecovery,
  backupText: recoveredText,
  dismiss: dismissRecovery,
};

/**
 * Shown when the progress stored in this browser could not be read: says so, names why, and
 * offers the kept copy as a download. Needs the `progress.recovery.` and `progress.error.` strings.
 */
export function RecoveryNotice({ strings }: { strings: Strings }) {
  const t = makeT(strings);
  return (
    <UnreadableDataNotice
      store={PROGRESS_RECOVERY}
      fileName="community-ops-lab-progress-unreadable.json"
      title={t("progress.recovery.title")}
      body={(found) =>
        `${t(found.backupKey ? "progress.recovery.kept" : "progress.recovery.notKept")} ${errorText(t, found.error)}`
      }
      download={t("progress.recovery.download")}
      dismiss={t("progress.recovery.dismiss")}
    />
  );
}
