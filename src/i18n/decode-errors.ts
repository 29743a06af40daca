import type { DecodeError } from "../lib/light/progress";

import type { T } from "./t";

/** Why a file or stored value was refused, in the learner's language (needs `progress.error.` strings). */
export function errorText(t: T, error: DecodeError | "storage" | "read", path?: string): string {
  const reason = t(`progress.error.${error}`);
  return path ? `${reason} ${t("progress.error.where", { path })}` : reason;
}
