/**
 * The learner as the platform hosting the course names them: an LMS package's launch page
 * (src/lms/launch.ts) keeps the LMS's learner in this tab's session storage, which the pages it
 * opens share. Forms that ask for the learner's name (a sandbox submission, the certificate)
 * start from it; on the public site there is none and they start empty.
 */
export const HOST_LEARNER_KEY = "col:lms:learner";

export interface HostLearner {
  name: string;
}

/** The hosting platform's name for the learner, or null (no platform, no storage, or no name). */
export function hostLearner(): HostLearner | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(HOST_LEARNER_KEY) ?? "null") as unknown;
    const name = (value as { name?: unknown } | null)?.name;
    return typeof name === "string" && name.trim() ? { name: name.trim().slice(0, 200) } : null;
  } catch {
    return null;
  }
}
