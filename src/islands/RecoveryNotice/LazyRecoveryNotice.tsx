import { useEffect, useState } from "preact/hooks";
import type { Strings } from "../../i18n/t";
import { readRecovery } from "../../stores/progress";
import type { RecoveryNotice } from "./RecoveryNotice";

/**
 * The recovery notice for module pages: loads its code only when there is something to say,
 * which is almost never, so the quiz stays light.
 */
export function LazyRecoveryNotice({ strings }: { strings: Strings }) {
  const [Notice, setNotice] = useState<typeof RecoveryNotice | null>(null);
  useEffect(() => {
    if (readRecovery())
      void import("./RecoveryNotice").then((m) => setNotice(() => m.RecoveryNotice));
  }, []);
  return Notice ? <Notice strings={strings} /> : null;
}
