/**
 * The growth sandbox as the learner left it (localStorage `col:v1:sandbox`): the run being built,
 * a challenge in progress, the pinned run A of a comparison, the learner's name for submissions.
 *
 * Read with readSandboxSaved (zod-free, kept in step with SandboxSavedSchema by a unit test).
 * Bad data never stops the page: a stored value that does not pass it is copied
 * to `col:v1:sandbox:backup-<n>`, the sandbox starts at its defaults, and `col:v1:sandbox:notice`
 * tells the page to say so (with the copy offered as a download) until dismissed.
 */
import { read } from "../lib/light/kit";
import { readSandboxSaved } from "../lib/light/share";
import type { SandboxSaved } from "../schemas/sandbox";
import {
  backupPrefixOf,
  noticeKeyOf,
  persistentVersioned,
  recordNotice,
} from "./persistent-versioned";

export const SANDBOX_KEY = "col:v1:sandbox";
export const SANDBOX_BACKUP_PREFIX = backupPrefixOf(SANDBOX_KEY);
export const SANDBOX_NOTICE_KEY = noticeKeyOf(SANDBOX_KEY);

/** Why a stored value could not be used, and where its copy is. */
export interface SandboxRecovery {
  /** null when there was no room for the copy (the value then stays under SANDBOX_KEY until the next save). */
  backupKey: string | null;
  reason: "not-json" | "invalid";
  at: string;
}

/** The sandbox with nothing saved: `current` is null until the page picks the default scenario. */
export type SandboxStored = SandboxSaved | null;

const store = persistentVersioned<SandboxStored, Pick<SandboxRecovery, "reason">, SandboxRecovery>({
  key: SANDBOX_KEY,
  empty: () => null,
  read(data) {
    if (data === null) return { value: null };
    const parsed = read(readSandboxSaved, data);
    return parsed.ok ? { value: parsed.value } : { value: null, problem: { reason: "invalid" } };
  },
  unparsable: { reason: "not-json" },
  notice: recordNotice((stored) => ({
    reason: stored.reason === "not-json" ? "not-json" : "invalid",
  })),
  // The sandbox then starts at its defaults.
  replaceWith: "nothing",
});

export const $sandbox = store.$store;

/** Saves the sandbox; false when the browser refuses to store (the page keeps working from memory). */
export function saveSandbox(next: Omit<SandboxSaved, "format" | "version">): boolean {
  return store.save({ format: "community-ops-lab/sandbox", version: 1, ...next });
}

/** The notice to show after an unreadable value was set aside, if any. */
export const readSandboxRecovery: () => SandboxRecovery | null = store.readNotice;

/** The unreadable value, for the notice's download link. */
export const sandboxBackupText: (recovery: SandboxRecovery) => string | null = store.backupText;

export const dismissSandboxRecovery: () => void = store.dismissNotice;
