/**
 * The gradebook's hook: the class reducer (src/grading/gradebook/class-state.ts) wired to the
 * browser — reading dropped files, verifying them in workers, keeping the class in IndexedDB
 * (src/stores/gradebook.ts) and reopening it after a reload.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { CheckedFile } from "../../grading/gradebook/file-result";
import {
  classProgress,
  classRecord,
  classReducer,
  classRows,
  initialClass,
  pendingFiles,
} from "../../grading/gradebook/class-state";
import type { CountRule } from "../../grading/gradebook/gradebook";
import { intake, planBatch, type ReadFile } from "../../grading/gradebook/intake";
import { decodeText } from "../../lib/text-file";
import { browserStorage } from "../../stores/persistent-versioned";
import { openClasses, type ClassStore } from "../../stores/gradebook";
import { verifyFiles, type VerifyRun } from "../../lib/verify-pool";

/** Which class was open, so that a reload opens it again. */
const OPEN_KEY = "col:v1:gradebook-open";
/** How often results reach the page while verifying. */
const FLUSH_MS = 200;
/** How long after the last change the class is saved. */
const SAVE_MS = 400;
/**
 * With more files than this the table fills in once all are checked: laying out hundreds of rows
 * mid-way costs the page's thread (and the workers' cores) more than the rows are worth.
 */
export const LIVE_TABLE_MAX = 100;

export interface IntakeReport {
  /** The assignment file found in the batch, if any. */
  assignmentFile: string | null;
  assignment: Assignment | null;
  added: number;
  capped: number;
}

export type StorageNote = "memory" | "set-aside" | "save-failed" | null;

async function readBatch(files: readonly File[]): Promise<ReadFile[]> {
  const verdicts = planBatch(files);
  return Promise.all(
    files.map(async (file, i): Promise<ReadFile> => {
      const verdict = verdicts[i]!;
      let text: string | null = null;
      if (verdict === "read") {
        try {
          text = decodeText(new Uint8Array(await file.arrayBuffer()));
        } catch {
          text = null;
        }
      }
      return { name: file.name, size: file.size, verdict, text };
    }),
  );
}

export type Gradebook = ReturnType<typeof useGradebook>;

export function useGradebook(handed: Assignment | null) {
  const [state, dispatch] = useReducer(classReducer, undefined, initialClass);
  const store = useRef<ClassStore | null>(null);
  const [storageNote, setStorageNote] = useState<StorageNote>(null);
  const [restored, setRestored] = useState(0);
  const run = useRef<VerifyRun | null>(null);
  const queued = useRef(new Set<number>());
  const buffer = useRef<[number, CheckedFile][]>([]);
  const flushTimer = useRef<number | null>(null);
  const started = useRef<number | null>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  /** Bumped when a verify run ends, so that files added meanwhile are taken up next. */
  const [runsDone, setRunsDone] = useState(0);
  const generation = useRef(state.generation);
  generation.current = state.generation;

  const flush = () => {
    if (flushTimer.current !== null) clearTimeout(flushTimer.current);
    flushTimer.current = null;
    if (!buffer.current.length) return;
    const results = buffer.current;
    buffer.current = [];
    dispatch({ type: "checked", results, generation: generation.current });
  };

  const stopVerifying = () => {
    run.current?.cancel();
    run.current = null;
    queued.current = new Set();
    buffer.current = [];
  };

  /** Opens an assignment's class: its saved files, verified again with this build. */
  const open = async (assignment: Assignment): Promise<void> => {
    stopVerifying();
    store.current ??= await openClasses();
    const loaded = await store.current.load(assignment.id);
    if (loaded.setAside) setStorageNote("set-aside");
    setRestored(loaded.record?.files.length ?? 0);
    dispatch({ type: "open", assignment, saved: loaded.record });
    try {
      browserStorage()?.setItem(OPEN_KEY, assignment.id);
    } catch {
      // The class still opens; a reload just does not reopen it.
    }
  };

  // Reopen the class that was open before a reload, unless an assignment was handed over.
  useEffect(() => {
    void (async () => {
      store.current ??= await openClasses();
      if (!store.current.persistent) setStorageNote("memory");
      if (handed) return;
      let id: string | null = null;
      try {
        id = browserStorage()?.getItem(OPEN_KEY) ?? null;
      } catch {
        id = null;
      }
      if (!id) return;
      const loaded = await store.current.load(id);
      if (loaded.setAside) setStorageNote("set-aside");
      if (!loaded.record) return;
      setRestored(loaded.record.files.length);
      dispatch({ type: "open", assignment: loaded.record.assignment, saved: loaded.record });
    })();
  }, []);

  useEffect(() => {
    if (handed) void open(handed);
  }, [handed]);

  // Verify what has no result yet, one batch at a time.
  useEffect(() => {
    if (!state.assignment || run.current) return;
    const jobs = pendingFiles(state).filter((f) => !queued.current.has(f.key));
    if (!jobs.length) return;
    for (const j of jobs) queued.current.add(j.key);
    started.current ??= performance.now();
    setElapsed(null);
    const current = verifyFiles(
      state.assignment,
      jobs.map((f) => ({ id: f.key, file: f.file, text: f.text! })),
      (id, result) => {
        buffer.current.push([id, result]);
        flushTimer.current ??= window.setTimeout(flush, FLUSH_MS);
      },
    );
    run.current = current;
    void current.done.then(() => {
      if (run.current !== current) return;
      run.current = null;
      flush();
      setRunsDone((n) => n + 1);
    });
  }, [state, runsDone]);

  const progress = useMemo(() => classProgress(state), [state]);
  const verifying = progress.done < progress.total;
  useEffect(() => {
    if (!verifying && started.current !== null) {
      setElapsed(performance.now() - started.current);
      started.current = null;
    }
  }, [verifying]);

  // Keep the class: every file, its record of arrival and the counting rule.
  useEffect(() => {
    const record = classRecord(state, new Date().toISOString());
    if (!record) return;
    const timer = window.setTimeout(() => {
      void (async () => {
        store.current ??= await openClasses();
        const ok = await store.current.save(record);
        setStorageNote((note) => (ok ? (note === "save-failed" ? null : note) : "save-failed"));
      })();
    }, SAVE_MS);
    return () => clearTimeout(timer);
  }, [state.assignment, state.files, state.countRule]);

  useEffect(() => () => stopVerifying(), []);

  const rows = useMemo(
    () => classRows(state),
    [state.results, state.files, state.assignment, state.countRule],
  );

  /** Reads dropped files; an assignment file among them opens its class first. */
  const addFiles = async (files: File[], receivedAt: string | null): Promise<IntakeReport> => {
    const read = await readBatch(files);
    const sorted = intake(read, 1, receivedAt, new Date().toISOString());
    if (sorted.assignment && sorted.assignment.id !== state.assignment?.id)
      await open(sorted.assignment);
    if (sorted.files.length) dispatch({ type: "add", files: sorted.files });
    return {
      assignmentFile: sorted.assignmentFile,
      assignment: sorted.assignment,
      added: sorted.files.length,
      capped: sorted.capped,
    };
  };

  const clear = () => {
    stopVerifying();
    started.current = null;
    setElapsed(null);
    setRestored(0);
    dispatch({ type: "clear" });
  };

  return {
    state,
    rows,
    progress,
    verifying,
    elapsed,
    restored,
    storageNote,
    dismissStorageNote: () => setStorageNote(null),
    open,
    addFiles,
    clear,
    setCountRule: (rule: CountRule) => dispatch({ type: "count-rule", rule }),
  };
}
