/** The course's own closed lists: its languages, audience tracks and kinds of assignment. */

/** The site's languages, zh-CN first (the default). */
export const LANGS = ["zh-cn", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The four audience tracks of seed 004. */
export const TRACKS = ["manager", "newcomer", "founder", "offline"] as const;
export type Track = (typeof TRACKS)[number];

/** How a module ends: a quiz, a simulation, a plan, or a short written assignment after the main one. */
export const ASSIGNMENT_KINDS = ["quiz", "simulation", "plan", "written"] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
