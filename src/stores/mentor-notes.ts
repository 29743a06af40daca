/**
 * The mentor's comments in the gradebook, kept in this browser (localStorage
 * `col:v1:mentor-notes`) so that a reload or a closed tab loses nothing typed. Comments are filed
 * by assignment id and learner (the gradebook's learner key); the mentor's name is kept too.
 *
 * An unreadable stored value is copied to `col:v1:mentor-notes:backup-<n>` and the store starts
 * clean; readable comments next to unreadable ones are kept. `col:v1:mentor-notes:notice` tells
 * the gradebook to say so until dismissed.
 */
import { MentorCommentSchema, type MentorComment } from "../schemas/feedback";
import {
  backupPrefixOf,
  noticeKeyOf,
  persistentVersioned,
  versionedRecord,
} from "./persistent-versioned";

export const NOTES_KEY = "col:v1:mentor-notes";
export const NOTES_BACKUP_PREFIX = backupPrefixOf(NOTES_KEY);
export const NOTES_NOTICE_KEY = noticeKeyOf(NOTES_KEY);
export const NOTES_FORMAT = "community-ops-lab/mentor-notes";

export interface MentorNotes {
  format: typeof NOTES_FORMAT;
  version: 1;
  mentor: string;
  /** assignment id → learner key → comment. */
  notes: Record<string, Record<string, MentorComment>>;
}

const empty = (): MentorNotes => ({ format: NOTES_FORMAT, version: 1, mentor: "", notes: {} });

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The notes store has nothing to say about a problem beyond where the copy went. */
type Unreadable = true;

const store = persistentVersioned<MentorNotes, Unreadable, string>({
  key: NOTES_KEY,
  empty,
  read(data) {
    const record = versionedRecord(data, NOTES_FORMAT, 1);
    if (!record || !isObj(record.notes)) return { value: empty(), problem: true };
    let dropped = 0;
    const notes: MentorNotes["notes"] = {};
    for (const [assignmentId, byLearner] of Object.entries(record.notes)) {
      if (!isObj(byLearner)) {
        dropped += 1;
        continue;
      }
      for (const [learner, comment] of Object.entries(byLearner)) {
        const parsed = MentorCommentSchema.safeParse(comment);
        if (!parsed.success) dropped += 1;
        else (notes[assignmentId] ??= {})[learner] = parsed.data;
      }
    }
    const value: MentorNotes = {
      ...empty(),
      mentor: typeof record.mentor === "string" ? record.mentor.slice(0, 200) : "",
      notes,
    };
    return dropped ? { value, problem: true } : { value };
  },
  unparsable: true,
  // The notice is the backup key itself, kept only once the value was copied and replaced.
  notice: {
    encode: ({ backupKey, replaced }) => (replaced ? backupKey : null),
    decode: (text) => text,
  },
});

export const $mentorNotes = store.$store;

const save = store.save;

export function setMentorName(name: string): boolean {
  return save({ ...$mentorNotes.get(), mentor: name.slice(0, 200) });
}

/** Saves (or, with empty text and no module, removes) a learner's comment on an assignment. */
export function setComment(
  assignmentId: string,
  learnerKey: string,
  comment: { text: string; moduleId?: string },
  at = new Date().toISOString(),
): boolean {
  const state = $mentorNotes.get();
  const byLearner = { ...state.notes[assignmentId] };
  if (!comment.text && !comment.moduleId) delete byLearner[learnerKey];
  else {
    const parsed = MentorCommentSchema.safeParse({
      text: comment.text,
      ...(comment.moduleId ? { moduleId: comment.moduleId } : {}),
      updatedAt: at,
    });
    if (!parsed.success) return false;
    byLearner[learnerKey] = parsed.data;
  }
  return save({ ...state, notes: { ...state.notes, [assignmentId]: byLearner } });
}

/** The backup key the notice should mention, if a stored value was unreadable. */
export const readNotesRecovery: () => string | null = store.readNotice;

export const dismissNotesRecovery: () => void = store.dismissNotice;
