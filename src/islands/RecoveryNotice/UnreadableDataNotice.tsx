import { useEffect, useState } from "preact/hooks";
import "./recovery-notice.css";

/** Where a set-aside value is kept: the notice to show (if any), the unreadable copy, and how to stop showing it. */
export interface SetAsideStore<R> {
  read: () => R | null;
  backupText: (found: R) => string | null;
  dismiss: () => void;
}

/**
 * Shown when data stored in this browser could not be read and was set aside: says so and offers
 * the kept copy as a download until dismissed. The progress record (RecoveryNotice) and the growth
 * sandbox both use it, each with its own store, strings and file name.
 */
export function UnreadableDataNotice<R>(p: {
  store: SetAsideStore<R>;
  /** Name of the downloaded file. */
  fileName: string;
  title: string;
  /** What happened to the data, from what the store found. */
  body: (found: R) => string;
  download: string;
  dismiss: string;
}) {
  const { store } = p;
  const [found, setFound] = useState<R | null>(null);
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    const value = store.read();
    setFound(value);
    const text = value ? store.backupText(value) : null;
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [store]);

  if (!found) return null;
  return (
    <div class="notice recovery-notice" role="alert" data-notice="recovery">
      <p class="recovery-title">{p.title}</p>
      <p>{p.body(found)}</p>
      <p class="recovery-actions">
        {href && (
          <a class="btn" href={href} download={p.fileName}>
            {p.download}
          </a>
        )}
        <button
          type="button"
          class="btn"
          onClick={() => {
            store.dismiss();
            setFound(null);
          }}
        >
          {p.dismiss}
        </button>
      </p>
    </div>
  );
}
