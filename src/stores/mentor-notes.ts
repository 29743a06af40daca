/**
 * The mentor's comments in the gradebook, kept in this browser (localStorage
 * `col:v1:mentor-notes`) so that a reload or a closed tab loses nothing typed. Comments are filed
 * by assignment id and learner (the gradebook's learner key); the mentor's name is kept too.
 *
 * An unreadable stored value is copied to `col:v1:mentor-notes:backup-<n>` and the store starts
 * clean; readable comments next to unreadable ones are kept. `col:v1:mentor-notes:notice` tells
 * the gradebook to say so until dismissed.
 */
import { persistentAtom } from "@nanostores/persistent";
import { z } from "astro/zod";
import { ModuleIdSchema, TimestampSchema } from "../schemas/feedback";

export const NOTES_KEY = "col:v1:mentor-notes";
export const NOTES_BACKUP_PREFIX = "col:v1:mentor-notes:backup-";
export const NOTES_NOTICE_KEY = "col:v1:mentor-notes:notice";
export const NOTES_FORMAT = "community-ops-lab/mentor-notes";

export const MentorCommentSchema = z.object({
  text: z.string().max(20_000),
  moduleId: ModuleIdSchema.optional(),
  updatedAt: TimestampSchema,
});
export type StoredComment = z.infer<typeof MentorCommentSchema>;

export interface MentorNotes {
  format: typeof NOTES_FORMAT;
  version: 1;
  mentor: string;
  /** assignment id → learner key → comment. */
  notes: Record<string, Record<string, StoredComment>>;
}

const empty = (): MentorNotes => ({ format: NOTES_FORMAT, version: 1, mentor: "", notes: {} });

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function recover(raw: string, readable: MentorNotes): MentorNotes {
  const s = storage();
  if (!s) return readable;
  try {
    let n = 1;
    while (s.getItem(NOTES_BACKUP_PREFIX + n) !== null) n += 1;
    s.setItem(NOTES_BACKUP_PREFIX + n, raw);
    s.setItem(NOTES_KEY, JSON.stringify(readable));
    s.setItem(NOTES_NOTICE_KEY, NOTES_BACKUP_PREFIX + n);
  } catch {
    // No room for the copy: the raw value stays in place until the next save.
  }
  return readable;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Decodes the stored text; exported for tests. */
export function decodeNotes(text: string): MentorNotes {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return recover(text, empty());
  }
  if (!isObj(data) || data.format !== NOTES_FORMAT || data.version !== 1 || !isObj(data.notes))
    return recover(text, empty());
  let dropped = 0;
  const notes: MentorNotes["notes"] = {};
  for (const [assignmentId, byLearner] of Object.entries(data.notes)) {
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
  const state: MentorNotes = {
    ...empty(),
    mentor: typeof data.mentor === "string" ? data.mentor.slice(0, 200) : "",
    notes,
  };
  return dropped ? recover(text, state) : state;
}

export const $mentorNotes = persistentAtom<MentorNotes>(NOTES_KEY, empty(), {
  encode: JSON.stringify,
  decode: decodeNotes,
});

function save(next: MentorNotes): boolean {
  try {
    $mentorNotes.set(next);
    return true;
  } catch {
    return false;
  }
}

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
export function readNotesRecovery(): string | null {
  try {
    return storage()?.getItem(NOTES_NOTICE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function dismissNotesRecovery(): void {
  try {
    storage()?.removeItem(NOTES_NOTICE_KEY);
  } catch {
    // The notice shows again next time.
  }
}
