/**
 * One LMS session as the launch page sees it, whatever the standard: who the learner is, what
 * the LMS kept from last time, and how to report. src/lms/scorm.ts and src/lms/cmi5.ts make one.
 */
import type { LmsStandard } from "../schemas/lms";
import type { Report } from "./report";

export interface LmsLearner {
  id: string;
  /** As the learner would write it ("Li Lei", "李雷"): see displayName(). */
  name: string;
}

/** What the package saves at each change: the report, the suspend data and the resume point. */
export interface Saved {
  report: Report;
  suspend: string;
  /** The page the learner is on, relative to the package. */
  location: string;
}

/** A simulation assignment submitted inside the package. */
export interface Interaction {
  /** The assignment's id ("module-04-cold-start", an instructor's id). */
  id: string;
  title: string;
  passed: boolean;
  /** 0–1. */
  score: number;
  /** The run's hash, which `npm run verify` recomputes when it replays the submission file. */
  hash: string;
  at: Date;
}

export interface Connection {
  standard: LmsStandard;
  learner: LmsLearner | null;
  /** The learner's language as the LMS states it ("zh-CN", "en-US"), if it does. */
  language: string;
  /** Suspend data and resume point kept by the LMS ("" on a first launch). */
  suspend: string;
  location: string;
  /** The LMS's passing score, 0–1, when it gives one. */
  mastery: number | undefined;
  /** False when the LMS opened the package to browse or review: nothing is recorded then. */
  recording: boolean;
  /** Reports and commits; resolves with an error text when the LMS refused, else null. */
  save(saved: Saved): Promise<string | null>;
  interaction(interaction: Interaction): Promise<string | null>;
  /** The last save and the end of the session; safe to call while the page is going away. */
  finish(saved: Saved, sessionSeconds: number): void;
}

/**
 * An LMS's name for the learner as the learner writes it: SCORM LMSs give "Last, First" ("Lei,
 * Li" → "Li Lei"); a Chinese name is written without a space ("李, 雷" → "李雷").
 */
export function displayName(raw: string): string {
  const name = raw.trim();
  const parts = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (!parts) return name;
  const last = parts[1]!.trim();
  const first = parts[2]!.trim();
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name)
    ? `${last}${first}`
    : `${first} ${last}`;
}

/** Seconds as SCORM 1.2's CMITimespan (HH:MM:SS, hours as many digits as needed). */
export function scorm12Time(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Seconds as an ISO 8601 duration (SCORM 2004's timeinterval). */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `PT${Math.floor(s / 3600)}H${Math.floor(s / 60) % 60}M${s % 60}S`;
}
