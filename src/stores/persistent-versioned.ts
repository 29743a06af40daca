/**
 * A persistent store whose stored value is checked every time it is read, shared by the stores in
 * this folder (assignments, plans, progress, sandbox, mentor notes).
 *
 * The value lives as JSON under `key` in localStorage. Reading it goes through `read`; when `read`
 * reports a problem (or the text is not JSON), nothing is lost: the raw text is copied to
 * `<key>:backup-<n>` (the first free n), the readable part takes its place under `key` (or, with
 * `replaceWith: "nothing"`, the key is cleared), and `<key>:notice` tells the page to show a notice
 * until it is dismissed. When there is no room for the copy, the raw value stays where it is and the
 * notice says so (its backup key is null); it is not saved over until a copy exists: each save
 * first tries the copy again, and is refused while there is still no room, until the learner has
 * seen the notice (where they can download the value) and dismissed it. When not even the notice
 * can be written, the page is told in memory instead (readNotice), so that nothing is lost
 * silently. No storage at all (server rendering, storage refused): the readable part is used and
 * nothing is written.
 *
 * Zod-free on purpose: module pages load the progress store within their JavaScript budget.
 */
import { persistentAtom } from "@nanostores/persistent";
import type { WritableAtom } from "nanostores";

/** localStorage, or null where there is none or the browser refuses access to it. */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Where `persistentVersioned` copies an unreadable value of `key` (followed by 1, 2, …). */
export const backupPrefixOf = (key: string): string => `${key}:backup-`;

/** Where `persistentVersioned` keeps the recovery notice of `key`. */
export const noticeKeyOf = (key: string): string => `${key}:notice`;

/** What reading a stored value gave: the readable part, and what was wrong if not all of it was. */
export interface Read<T, P> {
  value: T;
  /** Present when some or all of the value could not be read; the raw text is then set aside. */
  problem?: P;
}

/** What happened when an unreadable value was set aside; what the notice is made from. */
export interface SetAside<P> {
  /** Where the raw text was copied; null when there was no room (it then stays under the key). */
  backupKey: string | null;
  /** The readable part replaced the raw text under the key (or cleared it). */
  replaced: boolean;
  problem: P;
  at: string;
}

/** How the notice is kept under `<key>:notice`. */
export interface NoticeFormat<P, R> {
  /** The text to keep; null keeps no notice. */
  encode(facts: SetAside<P>): string | null;
  /** The notice read back; null when there is none fit to show. May throw (read as null). */
  decode(text: string): R | null;
}

/** The usual notice: `{ backupKey, ...problem, at }` as JSON. */
export type Recovery<P> = { backupKey: string | null } & P & { at: string };

/**
 * The usual notice format; `readProblem` brings the problem's fields back from a stored notice
 * (which may have been written by an older version of the site, or edited by hand).
 */
export function recordNotice<P extends object>(
  readProblem: (stored: Record<string, unknown>) => P,
): NoticeFormat<P, Recovery<P>> {
  return {
    encode: ({ backupKey, problem, at }) => JSON.stringify({ backupKey, ...problem, at }),
    decode(text) {
      if (!text) return null;
      const value = JSON.parse(text) as Record<string, unknown>;
      if (typeof value.backupKey !== "string" && value.backupKey !== null) return null;
      return {
        backupKey: value.backupKey,
        ...readProblem(value),
        at: String(value.at ?? ""),
      } as Recovery<P>;
    },
  };
}

export interface PersistentVersionedOptions<T, P, R> {
  /** The localStorage key (`col:v1:<name>`); the backups and the notice are kept beside it. */
  key: string;
  /** A fresh value for a first visit, and for a value that could not be read at all. */
  empty: () => T;
  /** Checks (and brings forward) the parsed JSON: the readable part, and the problem if any. */
  read: (data: unknown) => Read<T, P>;
  /** The problem to report when the stored text is not JSON. */
  unparsable: P;
  notice: NoticeFormat<P, R>;
  /** What stays under the key once the raw text is backed up: the readable part, or nothing. */
  replaceWith?: "readable" | "nothing";
}

export interface PersistentVersioned<T, R> {
  /** The store: JSON under the key, read through `decode`. */
  $store: WritableAtom<T>;
  /** Stores a new value; false (nothing changed) when the browser refuses to store it. */
  save: (next: T) => boolean;
  /** The notice to show after a value was set aside, if any. */
  readNotice: () => R | null;
  /**
   * The unreadable text the notice offers for download, while it is still there. Without a backup
   * (the raw text stayed under the key), nothing once the value there reads cleanly again: a later
   * save replaced it, and the learner's own current data is not "recovered text".
   */
  backupText: (recovery: { backupKey: string | null }) => string | null;
  dismissNotice: () => void;
}

/** One stored value read with `read`; also used to tell whether the value in place is readable. */
function readText<T, P>(
  text: string,
  options: PersistentVersionedOptions<T, P, unknown>,
): Read<T, P> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { value: options.empty(), problem: options.unparsable };
  }
  return options.read(data);
}

export function persistentVersioned<T, P, R>(
  options: PersistentVersionedOptions<T, P, R>,
): PersistentVersioned<T, R> {
  const { key, notice } = options;
  const backupPrefix = backupPrefixOf(key);
  const noticeKey = noticeKeyOf(key);

  /** A value left under the key with no copy yet: not to be saved over until one exists. */
  let held: SetAside<P> | null = null;
  /** A notice that could not be written to storage: the page reads it from here instead. */
  let memoryNotice: string | null = null;

  /** Copies a raw value to the first free backup key; the key, or null when there is no room. */
  function backUp(s: Storage, raw: string): string | null {
    try {
      let n = 1;
      while (s.getItem(backupPrefix + n) !== null) n += 1;
      s.setItem(backupPrefix + n, raw);
      return backupPrefix + n;
    } catch {
      return null;
    }
  }

  function writeNotice(s: Storage, facts: SetAside<P>): void {
    const text = notice.encode(facts);
    if (text === null) return;
    try {
      s.setItem(noticeKey, text);
      memoryNotice = null;
    } catch {
      memoryNotice = text;
    }
  }

  function setAside(raw: string, readable: T, problem: P): T {
    const s = browserStorage();
    if (!s) return readable;
    const backupKey = backUp(s, raw);
    let replaced = false;
    if (backupKey) {
      try {
        if (options.replaceWith === "nothing") s.removeItem(key);
        else s.setItem(key, JSON.stringify(readable));
        replaced = true;
      } catch {
        // The copy exists; the raw value stays in place until the next save replaces it.
      }
    }
    const facts: SetAside<P> = { backupKey, replaced, problem, at: new Date().toISOString() };
    // No room for the copy: the raw value stays where it is, held until a copy can be made.
    held = backupKey ? null : facts;
    writeNotice(s, facts);
    return readable;
  }

  /** Before saving over a held value: copy it now if there is room. False while there is not. */
  function release(): boolean {
    if (!held) return true;
    const s = browserStorage();
    const raw = s?.getItem(key);
    if (!s || raw == null) {
      held = null;
      return true;
    }
    const backupKey = backUp(s, raw);
    if (!backupKey) return false;
    const facts = { ...held, backupKey };
    held = null;
    writeNotice(s, facts);
    return true;
  }

  function decode(text: string): T {
    const { value, problem } = readText(text, options);
    return problem === undefined ? value : setAside(text, value, problem);
  }

  const $store = persistentAtom<T>(key, options.empty(), { encode: JSON.stringify, decode });

  return {
    $store,
    save(next) {
      if (!release()) return false;
      try {
        $store.set(next);
        return true;
      } catch {
        return false;
      }
    },
    readNotice() {
      try {
        const text = browserStorage()?.getItem(noticeKey) ?? memoryNotice;
        return text == null ? null : notice.decode(text);
      } catch {
        return null;
      }
    },
    backupText({ backupKey }) {
      try {
        const text = browserStorage()?.getItem(backupKey ?? key) ?? null;
        if (text === null) return null;
        const inPlace = backupKey === null;
        return inPlace && readText(text, options).problem === undefined ? null : text;
      } catch {
        return null;
      }
    },
    dismissNotice() {
      // The learner has seen the notice and its download: a held value may now be saved over.
      held = null;
      memoryNotice = null;
      try {
        browserStorage()?.removeItem(noticeKey);
      } catch {
        // The notice shows again next time; nothing else depends on it.
      }
    },
  };
}

/** What went wrong in a stored list of items (assignments, plans). */
export interface ListProblem {
  /** Items that could not be read; 0 when the whole value was unreadable. */
  dropped: number;
  /** The whole value could not be read (not JSON, or not a list of this store's items). */
  whole: boolean;
}

/** What the recovery notice of a list store needs. */
export interface ListRecovery extends ListProblem {
  /** Where the unreadable value was copied; null when there was no room (it then stays in place until the next save). */
  backupKey: string | null;
  at: string;
}

const WHOLE_LIST_UNREADABLE: ListProblem = { dropped: 0, whole: true };

export interface PersistentVersionedListOptions<T, V extends { id: string }> {
  key: string;
  /** The stored value's `format` and `version`; any other is unreadable as a whole. */
  format: string;
  version: number;
  /** The field of the stored value holding the list. */
  field: string;
  /** Reads (and brings forward) one item; null when it cannot be read. */
  readItem: (value: unknown) => V | null;
  empty: () => T;
  /** The store's value from the readable items (first of each id) and the stored record. */
  build: (items: V[], record: Record<string, unknown>) => T;
}

/**
 * A persistent store of `{ format, version, <field>: [...] }`: items that cannot be read (or repeat
 * an id) are dropped, the rest kept, and the notice counts what was dropped.
 */
export function persistentVersionedList<T, V extends { id: string }>(
  options: PersistentVersionedListOptions<T, V>,
): PersistentVersioned<T, ListRecovery> {
  const { format, version, field, readItem, empty, build } = options;
  return persistentVersioned<T, ListProblem, ListRecovery>({
    key: options.key,
    empty,
    read(data) {
      const record = versionedRecord(data, format, version);
      const values = record?.[field];
      if (!record || !Array.isArray(values))
        return { value: empty(), problem: WHOLE_LIST_UNREADABLE };
      const { items, dropped } = readUniqueById(values, readItem);
      const value = build(items, record);
      return dropped > 0 ? { value, problem: { dropped, whole: false } } : { value };
    },
    unparsable: WHOLE_LIST_UNREADABLE,
    notice: recordNotice((stored) => ({
      dropped: Number(stored.dropped) || 0,
      whole: stored.whole === true,
    })),
  });
}

/** The parsed JSON as a record when it is an object of this format and version, else null. */
export function versionedRecord(
  data: unknown,
  format: string,
  version: number,
): Record<string, unknown> | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  return record.format === format && record.version === version ? record : null;
}

/** Anything with zod's safeParse (kept structural so that this module does not load zod). */
interface SafeParser<V> {
  safeParse(value: unknown): { success: true; data: V } | { success: false };
}

/** Reads one stored item: brought forward with `migrate`, then checked; null when unreadable. */
export function itemReader<V>(
  schema: SafeParser<V>,
  migrate: (value: unknown) => unknown = (value) => value,
): (value: unknown) => V | null {
  return (value) => {
    try {
      const parsed = schema.safeParse(migrate(value));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
}

/** The readable items of a stored list, first of each id kept, and how many were dropped. */
export function readUniqueById<V extends { id: string }>(
  values: readonly unknown[],
  readItem: (value: unknown) => V | null,
): { items: V[]; dropped: number } {
  const items: V[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const value of values) {
    const item = readItem(value);
    if (item === null || seen.has(item.id)) dropped += 1;
    else {
      items.push(item);
      seen.add(item.id);
    }
  }
  return { items, dropped };
}
