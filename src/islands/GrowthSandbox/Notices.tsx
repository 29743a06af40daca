import {
  dismissSandboxRecovery,
  readSandboxRecovery,
  sandboxBackupText,
  type SandboxRecovery,
} from "../../stores/sandbox";
import { UnreadableDataNotice, type SetAsideStore } from "../RecoveryNotice/UnreadableDataNotice";
import { MODEL_VERSION } from "../../sim/index";
import { openedMessage, type StartNotice } from "../../sandbox/load";
import type { ModuleRef } from "../../sandbox/types";
import { scenarioOf, type SandboxState } from "../../sandbox/reducer";
import type { UiLang } from "../../sandbox/format";
import type { T } from "../../i18n/t";

/**
 * Everything said above the sandbox: an unreadable saved sandbox set aside, what a link did, a
 * save that failed, the learner under review, and the work a link replaced.
 */
export function SandboxNotices(p: {
  lang: UiLang;
  t: T;
  state: SandboxState;
  /** The course's modules, to name the one a run came from. */
  modules: readonly ModuleRef[];
  saveFailed: boolean;
  onRestore: () => void;
  onDiscard: () => void;
  onDismiss: () => void;
  onLeave: () => void;
}) {
  const { t, state } = p;
  const { notice, previous, reviewer, mode } = state;
  return (
    <div class="sbx-notices">
      <RecoveryNotice t={t} />
      {notice && (
        <LinkNotice
          t={t}
          notice={notice}
          modules={p.modules}
          canRestore={!!previous}
          onRestore={p.onRestore}
          onDismiss={p.onDismiss}
        />
      )}
      {p.saveFailed && (
        <p class="notice" role="alert">
          {t("sandbox.saveFailed")}
        </p>
      )}
      {mode === "review" && reviewer && (
        <div class="notice sbx-review" role="status" data-notice="review">
          <p>
            {t("sandbox.review.banner", { name: reviewer.name })}
            {reviewer.id && <> ({reviewer.id})</>}
          </p>
          {reviewer.modelVersion !== MODEL_VERSION && (
            <p class="sbx-warn">
              {t("sandbox.review.otherModel", {
                needs: reviewer.modelVersion,
                current: MODEL_VERSION,
              })}
            </p>
          )}
          <button type="button" class="btn" onClick={p.onLeave}>
            {t("sandbox.review.leave")}
          </button>
        </div>
      )}
      {previous && !notice && mode !== "review" && (
        <div class="sbx-previous">
          <span>
            {t("sandbox.previous.kept", {
              title: scenarioOf(previous.run.scenario).title[p.lang],
            })}
          </span>
          <button type="button" class="sbx-link-button" onClick={p.onRestore}>
            {t("sandbox.link.restore")}
          </button>
          <button type="button" class="sbx-link-button" onClick={p.onDiscard}>
            {t("sandbox.previous.discard")}
          </button>
        </div>
      )}
    </div>
  );
}

/** What a link did when the page opened: an error in the learner's language, or what was opened and how to undo it. */
export function LinkNotice(p: {
  t: T;
  notice: StartNotice;
  modules: readonly ModuleRef[];
  canRestore: boolean;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const { t, notice } = p;
  const opened = (n: Extract<StartNotice, { type: "opened" }>) => {
    const message = openedMessage(n, p.modules);
    return t(`sandbox.link.${message.key}`, message.values);
  };
  if (notice.type === "link-error") {
    return (
      <div class="notice sbx-notice" role="alert" data-notice="link-error" data-code={notice.code}>
        <p class="sbx-notice-title">{t(`sandbox.link.kind.${notice.kind}`)}</p>
        <p>
          {t(`sandbox.link.error.${notice.code}`)} {t("sandbox.link.fallback")}
        </p>
        {notice.detail && (
          <p class="muted sbx-detail">
            {t("sandbox.link.detail")} <code>{notice.detail}</code>
          </p>
        )}
        <button type="button" class="btn" onClick={p.onDismiss}>
          {t("sandbox.notice.dismiss")}
        </button>
      </div>
    );
  }
  return (
    <div class="notice sbx-notice sbx-notice-ok" role="status" data-notice={notice.type}>
      <p>
        {notice.type === "resumed-challenge" ? t("sandbox.link.resumed") : opened(notice)}
        {notice.type === "opened" && p.canRestore && <> {t("sandbox.link.previousKept")}</>}
      </p>
      {notice.type === "opened" && notice.otherModel && (
        <p class="sbx-warn" data-other-model={notice.otherModel}>
          {t("sandbox.link.otherModel", { made: notice.otherModel, current: MODEL_VERSION })}
        </p>
      )}
      <div class="sbx-row">
        {notice.type === "opened" && p.canRestore && (
          <button type="button" class="btn" onClick={p.onRestore}>
            {t("sandbox.link.restore")}
          </button>
        )}
        <button type="button" class="btn" onClick={p.onDismiss}>
          {t("sandbox.notice.dismiss")}
        </button>
      </div>
    </div>
  );
}

const SANDBOX_RECOVERY: SetAsideStore<SandboxRecovery> = {
  read: readSandboxRecovery,
  backupText: sandboxBackupText,
  dismiss: dismissSandboxRecovery,
};

/** Shown once after an unreadable saved sandbox was set aside: says so and offers the copy as a download. */
export function RecoveryNotice({ t }: { t: T }) {
  return (
    <UnreadableDataNotice
      store={SANDBOX_RECOVERY}
      fileName="community-ops-lab-sandbox-unreadable.json"
      title={t("sandbox.recovery.title")}
      body={(found) => t(found.backupKey ? "sandbox.recovery.kept" : "sandbox.recovery.notKept")}
      download={t("sandbox.recovery.download")}
      dismiss={t("sandbox.notice.dismiss")}
    />
  );
}
