/**
 * A learner taking their own comments out of the class's feedback file (the gradebook exports one
 * file for the whole class; the progress page keeps only what was written for this learner, as an
 * ordinary feedback record). Pure.
 */
import type { ClassFeedback, Feedback } from "../schemas/feedback";
// The zod-free home of the format name: the progress page loads this module without zod.
import { FEEDBACK_FORMAT } from "../schemas/formats";
import { canonicalText } from "./learner";

export type Found =
  | { ok: true; feedback: Feedback }
  /** Nobody in the file goes by that name or id; or several learners share the name. */
  | { ok: false; code: "none" | "several" };

/**
 * The comments for the learner who typed `who` (their name or id, as the instructor has it: case,
 * width and spacing aside). An id matches one learner; a name shared by several asks for the id.
 */
export function feedbackFor(file: ClassFeedback, who: string): Found {
  const typed = canonicalText(who);
  if (!typed) return { ok: false, code: "none" };
  const byId = file.learners.filter((l) => l.learner.id && canonicalText(l.learner.id) === typed);
  const byName = file.learners.filter((l) => canonicalText(l.learner.name) === typed);
  const matches = byId.length ? byId : byName;
  if (matches.length > 1) return { ok: false, code: "several" };
  const entry = matches[0];
  if (!entry) return { ok: false, code: "none" };
  return {
    ok: true,
    feedback: {
      format: FEEDBACK_FORMAT,
      version: 1,
      learner: entry.learner,
      assignment: file.assignment,
      mentor: file.mentor,
      comments: entry.comments,
      createdAt: file.createdAt,
    },
  };
}
