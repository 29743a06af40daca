/**
 * The growth sandbox as the learner left it (localStorage `col:v1:sandbox`): the run being built,
 * a challenge in progress, the pinned run A of a comparison, the learner's name for submissions.
 *
 * Read with readSandboxSaved (zod-free, kept in step with SandboxSavedSchema by a unit test).
 * Bad data never stops the page: a stored value that does not pass it is copied
 * to `col:v1:sandbox:backup-<n>`, the sandbox starts at its defaults, and `col:v1:sandbox:notice`
 * tells the page to say so (with the copy offered as a download) until dismissed.
 */
import { persistentAtom } from "@nanostores/persistent";
import { read, readSandboxSaved } from "../lib/light-schemas";
import type { SandboxSaved } from "../schemas/sandbox";

export const SANDBOX_KEY = "col:v1:sandbox";
export const SANDBOX_BACKUP_PREFIX = "col:v1:sandbox:backup-";
export const SANDBOX_NOTICE_KEY = "col:v1:sandbox:notice";

/** Why a stored value could not be used, and where its copy is. */
export interface SandboxRecovery {
  /** null when there was no room for the copy (the value then stays under SANDBOX_KEY until the next save). */
  backupKey: string | null;
  reason: "not-json" | "invalid";
  at: string;
}

/** The sandbox with nothing saved: `current` is null until the page picks the default scenario. */
export type SandboxStored = SandboxSaved | null;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function recover(raw: string, reason: SandboxRecovery["reason"]): SandboxStored {
  const s = storage();
  if (!s) return null;
  let backupKey: string | null = null;
  try {
    let n = 1;
    while (s.getItem(SANDBOX_BACKUP_PREFIX + n) !== null) n += 1;
    s.setItem(SANDBOX_BACKUP_PREFIX + n, raw);
    backupKey = SANDBOX_BACKUP_PREFIX + n;
    s.removeItem(SANDBOX_KEY);
  } catch {
    // No room for the copy: the value stays where it is, so nothing is lost; the notice says so.
  }
  try {
    const notice: SandboxRecovery = { backupKey, reason, at: new Date().toISOString() };
    s.setItem(SANDBOX_NOTICE_KEY, JSON.stringify(notice));
  } catch {
    // The notice cannot persist; the sandbox still works.
  }
  return null;
}

/** Reads a stored value: the saved sandbox, or null (nothing saved, or unreadable and set aside). */
export function decodeSandbox(text: string): SandboxStored {
  if (text === "null") return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return recover(text, "not-json");
  }
  const parsed = read(readSandboxSaved, raw);
  return parsed.ok ? parsed.value : recover(text, "invalid");
}

export const $sandbox = persistentAtom<SandboxStored>(SANDBOX_KEY, null, {
  encode: JSON.stringify,
  decode: decodeSandbox,
});

/** Saves the sandbox; false when the browser refuses to store (the page keeps working from memory). */
export function saveSandbox(next: Omit<SandboxSaved, "format" | "version">): boolean {
  try {
    $sandbox.set({ format: "community-ops-lab/sandbox", version: 1, ...next });
    return true;
  } catch {
    return false;
  }
}

/** The notice to show after an unreadable value was set aside, if any. */
export function readSandboxRecovery(): SandboxRecovery | null {
  try {
    const text = storage()?.getItem(SANDBOX_NOTICE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<SandboxRecovery>;
    if (typeof value.backupKey !== "string" && value.backupKey !== null) return null;
    return {
      backupKey: value.backupKey,
      reason: value.reason === "not-json" ? "not-json" : "invalid",
      at: String(value.at ?? ""),
    };
  } catch {
    return null;
  }
}

/** The unreadable value, for the notice's download link. */
export function sandboxBackupText(recovery: SandboxRecovery): string | null {
  try {
    return storage()?.getItem(recovery.backupKey ?? SANDBOX_KEY) ?? null;
  } catch {
    return null;
  }
}

export function dismissSandboxRecovery(): void {
  try {
    storage()?.removeItem(SANDBOX_NOTICE_KEY);
  } catch {
    // The notice shows again next time; nothing else to do.
  }
}
