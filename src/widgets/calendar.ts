import { parseNum, type NumError, type NumRule } from "./numbers";

/** Monday = 0 … Sunday = 6; Monday to Friday are the weekdays the cadence rule covers. */
export const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export const WEEKDAYS = [0, 1, 2, 3, 4];
/** The time slots of the grid. */
export const SLOTS = ["07:30", "10:00", "12:30", "15:00", "18:30", "21:00"] as const;
export const FORMATS = ["post", "video", "poll"] as const;
export type Format = (typeof FORMATS)[number];

/** The figures of seed 004 (cadence, length, video) plus one assumption of ours (`shortPostMax`). */
export const LIMITS = {
  minPerWeekday: 3,
  maxPerWeekday: 5,
  longPostMin: 800,
  longPostMax: 1200,
  /** Assumption: a post under 300 characters is a short notice, not a long post. */
  shortPostMax: 300,
  videoMaxMinutes: 3,
} as const;

/** Assumed peak slots of Valley Coffee's members: lunch break and evening (editable in the widget). */
export const DEFAULT_PEAKS = [2, 5];

export interface Post {
  id: number;
  day: number;
  slot: number;
  theme: string;
  format: Format;
  /** Characters for a post, minutes for a video, 0 for a poll. */
  length: number;
}

/** The example week, illustrative: too many posts on Monday, too few on Thursday, one long post too long. */
export const EXAMPLE: readonly (readonly [
  day: number,
  slot: number,
  theme: string,
  format: Format,
  length: number,
])[] = [
  [0, 0, "checkin", "poll", 0],
  [0, 1, "newBlend", "post", 180],
  [0, 2, "origin", "post", 1650],
  [0, 3, "ask", "post", 220],
  [0, 4, "brew", "video", 2.5],
  [0, 5, "story", "post", 950],
  [1, 0, "checkin", "poll", 0],
  [1, 2, "ask", "post", 240],
  [1, 4, "taste", "poll", 0],
  [1, 5, "origin", "post", 1000],
  [2, 0, "checkin", "poll", 0],
  [2, 2, "brew", "video", 2],
  [2, 5, "story", "post", 1100],
  [3, 0, "checkin", "poll", 0],
  [3, 5, "newBlend", "post", 200],
  [4, 0, "checkin", "poll", 0],
  [4, 2, "ask", "post", 260],
  [4, 4, "weekend", "post", 280],
  [4, 5, "brew", "video", 3],
  [5, 1, "weekend", "post", 150],
  [5, 5, "taste", "poll", 0],
  [6, 5, "story", "post", 900],
];

export interface Draft {
  day: number;
  slot: number;
  theme: string;
  format: Format;
  length: string;
}

export function lengthRule(format: Format): NumRule {
  return format === "video" ? { min: 0.1, max: 180 } : { min: 1, max: 20000, integer: true };
}

/** Checks a post being added or edited; `length` is set only when it is valid. */
export function validateDraft(draft: Draft): {
  themeMissing: boolean;
  lengthError?: NumError;
  length?: number;
} {
  const themeMissing = draft.theme.trim() === "";
  if (draft.format === "poll") return { themeMissing, length: 0 };
  const parsed = parseNum(draft.length, lengthRule(draft.format));
  return { themeMissing, lengthError: parsed.error, length: parsed.value };
}

export type CheckId = "cadence" | "longPosts" | "videos" | "peaks";

export interface Issue {
  day: number;
  /** Posts on that day (cadence). */
  count?: number;
  post?: Post;
}

export interface Check {
  id: CheckId;
  ok: boolean;
  issues: Issue[];
}

export function perDay(posts: readonly Post[]): number[] {
  return DAYS.map((d) => posts.filter((p) => p.day === d).length);
}

const bySlot = (a: Post, b: Post) => a.day - b.day || a.slot - b.slot;

/** The four checks of the widget, in the order shown. */
export function checkWeek(posts: readonly Post[], peaks: readonly number[]): Check[] {
  const counts = perDay(posts);
  const sorted = [...posts].sort(bySlot);
  const cadence = WEEKDAYS.flatMap((day) => {
    const count = counts[day] ?? 0;
    return count < LIMITS.minPerWeekday || count > LIMITS.maxPerWeekday ? [{ day, count }] : [];
  });
  const longPosts = sorted
    .filter(
      (p) =>
        p.format === "post" &&
        p.length >= LIMITS.shortPostMax &&
        (p.length < LIMITS.longPostMin || p.length > LIMITS.longPostMax),
    )
    .map((post) => ({ day: post.day, post }));
  const videos = sorted
    .filter((p) => p.format === "video" && p.length > LIMITS.videoMaxMinutes)
    .map((post) => ({ day: post.day, post }));
  const peakDays = WEEKDAYS.filter(
    (day) => !posts.some((p) => p.day === day && peaks.includes(p.slot)),
  ).map((day) => ({ day }));
  return [
    { id: "cadence", ok: cadence.length === 0, issues: cadence },
    { id: "longPosts", ok: longPosts.length === 0, issues: longPosts },
    { id: "videos", ok: videos.length === 0, issues: videos },
    { id: "peaks", ok: peaks.length > 0 && peakDays.length === 0, issues: peakDays },
  ];
}
