/**
 * Where the learner's progress is kept (src/stores/progress.ts). Apart from the store so that code
 * which reads the stored record without the store — an LMS package's launch page (src/lms/) —
 * does not create the store and its side effects.
 */
export const PROGRESS_KEY = "col:v1:progress";
