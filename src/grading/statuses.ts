/**
 * A verified file's status, in its own module with no dependencies, so that the gradebook page's
 * bundle can name statuses without carrying the verifier and the engine (verify.ts documents
 * when each applies).
 */
export const STATUSES = [
  "verified",
  "tampered",
  "constraint-violation",
  "other-assignment",
  "older-model",
  "invalid",
] as const;
export type VerifyStatus = (typeof STATUSES)[number];
