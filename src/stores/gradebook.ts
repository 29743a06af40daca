/**
 * The gradebook's classes, kept in this browser so that a reload loses nothing: for each
 * assignment, every file given to its class (the text, to verify again with this build), the
 * instructor's record of when each arrived, and which verified attempt counts. Comments are kept
 * apart, in mentor-notes.ts.
 *
 * IndexedDB, database `col:v1:gradebook`, object store `classes` keyed by assignment id, each
 * value a GradebookClassSchema record. Not localStorage: a class of 200 submission files is
 * 0.6 MB of text when learners change a lever or two, and about 2.1 million characters when they
 * change several levers every week of a 52-week run, while localStorage holds about 5 MB for the
 * whole site (progress, plans, the sandbox and the saved assignments share it) and blocks the page
 * on every write.
 *
 * Like the localStorage stores, a record that cannot be read is never lost: it is moved to the
 * `unreadable` object store and the page says so. Without IndexedDB (a browser that refuses it)
 * classes live in memory for the visit, and the page says that too.
 */
import { GradebookClassSchema, type GradebookClass } from "../schemas/gradebook";

export const GRADEBOOK_DB = "col:v1:gradebook";
const CLASSES = "classes";
const UNREADABLE = "unreadable";

export interface ClassLoad {
  record: GradebookClass | null;
  /** A stored record could not be read and was set aside (kept in the `unreadable` store). */
  setAside: boolean;
}

export interface ClassStore {
  /** False when the browser gives no IndexedDB: classes then last for this visit only. */
  persistent: boolean;
  load(assignmentId: string): Promise<ClassLoad>;
  save(record: GradebookClass): Promise<boolean>;
  remove(assignmentId: string): Promise<boolean>;
}

/** Reads a stored value; null when it is not a class record this build reads. */
export function readClass(value: unknown): GradebookClass | null {
  const parsed = GradebookClassSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Classes kept in memory: for a browser without IndexedDB, and for tests. */
export function memoryClasses(): ClassStore {
  const data = new Map<string, unknown>();
  return {
    persistent: false,
    async load(id) {
      if (!data.has(id)) return { record: null, setAside: false };
      const record = readClass(data.get(id));
      return { record, setAside: record === null };
    },
    async save(record) {
      data.set(record.assignment.id, structuredClone(record));
      return true;
    },
    async remove(id) {
      data.delete(id);
      return true;
    },
  };
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(GRADEBOOK_DB, 1);
    r.onupgradeneeded = () => {
      const db = r.result;
      if (!db.objectStoreNames.contains(CLASSES)) db.createObjectStore(CLASSES);
      if (!db.objectStoreNames.contains(UNREADABLE))
        db.createObjectStore(UNREADABLE, { autoIncrement: true });
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error("blocked"));
  });
}

function idbClasses(db: IDBDatabase): ClassStore {
  return {
    persistent: true,
    async load(id) {
      try {
        const tx = db.transaction([CLASSES, UNREADABLE], "readwrite");
        const value = await request(tx.objectStore(CLASSES).get(id));
        if (value === undefined) return { record: null, setAside: false };
        const record = readClass(value);
        if (!record) {
          // Kept, never dropped: moved aside with when and under which id it was found.
          tx.objectStore(UNREADABLE).add({ id, at: new Date().toISOString(), value });
          tx.objectStore(CLASSES).delete(id);
        }
        await done(tx);
        return { record, setAside: record === null };
      } catch {
        return { record: null, setAside: false };
      }
    },
    async save(record) {
      try {
        const tx = db.transaction(CLASSES, "readwrite");
        tx.objectStore(CLASSES).put(record, record.assignment.id);
        await done(tx);
        return true;
      } catch {
        return false;
      }
    },
    async remove(id) {
      try {
        const tx = db.transaction(CLASSES, "readwrite");
        tx.objectStore(CLASSES).delete(id);
        await done(tx);
        return true;
      } catch {
        return false;
      }
    },
  };
}

let opened: Promise<ClassStore> | null = null;

/** The browser's class store (IndexedDB), or one in memory when IndexedDB is refused. */
export function openClasses(): Promise<ClassStore> {
  opened ??= (async () => {
    try {
      if (typeof indexedDB === "undefined") return memoryClasses();
      return idbClasses(await openDb());
    } catch {
      return memoryClasses();
    }
  })();
  return opened;
}
