/**
 * A simulation assignment was submitted: the sandbox announces it on its window, with what the
 * submission file holds of it, for whatever hosts the course. An LMS package's launch page
 * (src/lms/launch.ts) reports it to the LMS as an interaction; on the public site nothing
 * listens.
 */
export const SUBMITTED_EVENT = "col:submitted";

export interface Submitted {
  /** The assignment's id. */
  id: string;
  /** Its title in the page's language. */
  title: string;
  /** 0–1. */
  score: number;
  passed: boolean;
  /** The run's hash (the submission's claimed.hash). */
  hash: string;
}

export function announceSubmitted(submitted: Submitted): void {
  dispatchEvent(new CustomEvent(SUBMITTED_EVENT, { detail: submitted }));
}
