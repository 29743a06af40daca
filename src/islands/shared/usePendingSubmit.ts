import type { RefObject } from "preact";
import { useEffect } from "preact/hooks";

/**
 * Submits a form that the learner submitted before its island had hydrated. BaseLayout's early
 * script holds such a submit (the browser would otherwise send the form as a GET, reloading the
 * page and losing every answer) and marks the form `data-pending-submit`; once the island has
 * taken the form's fields into its state (`ready`), this submits it for real.
 */
export function usePendingSubmit(form: RefObject<HTMLFormElement>, ready: boolean): void {
  useEffect(() => {
    const element = form.current;
    if (!ready || !element || element.dataset.pendingSubmit === undefined) return;
    delete element.dataset.pendingSubmit;
    element.removeAttribute("aria-busy");
    element.requestSubmit();
  }, [ready]);
}
