import { STAGES, type Stage } from "../vocabulary/community";

/** The four lifecycle stages of seeds 001/003, detected with the thresholds of shared/SIM.md. */
export { STAGES, type Stage };

export const RULE = {
  /** Start lasts until the community has this many contributors (and a run of growth). */
  startContributors: 10,
  /** Growth: weekly growth at or above this in at least `growthWeeks` of the last 4 weeks. */
  growthRate: 0.02,
  growthWeeks: 3,
  /** Maturity: |weekly growth| below this for `flatWeeks` weeks running. */
  flatRate: 0.02,
  flatWeeks: 6,
  /** Decline: weekly growth at or below this for 4 weeks running … */
  declineRate: -0.01,
  declineWeeks: 4,
  /** … or weekly active members below this share of their peak. */
  wauShare: 0.8,
} as const;

/** Twelve weeks of one community (illustrative figures). */
export interface Community {
  id: string;
  members: number[];
  /** Weekly active members. */
  wau: number[];
  /** Members who posted or answered in the last four weeks. */
  contributors: number;
  /** The chart has a debrief note of its own (e.g. a seasonal dip that is not a decline). */
  note?: boolean;
}

/** g[i] is the growth from week i to week i + 1; a week starting from 0 members counts as 0. */
export function weeklyGrowth(members: number[]): number[] {
  return members.slice(1).map((m, i) => {
    const prev = members[i] ?? 0;
    return prev > 0 ? m / prev - 1 : 0;
  });
}

export type Reason = "wau" | "shrinking" | "contributors" | "growing" | "flat" | "unclear";

export interface Detection {
  /** null when no rule fits (the engine then keeps the previous stage). */
  stage: Stage | null;
  reason: Reason;
  growth: number[];
  /** Latest WAU as a share of the peak. */
  wauShare: number;
  /** Weeks among the last 4 with growth ≥ 2%. */
  growingWeeks: number;
}

export function detectStage(c: Community): Detection {
  const growth = weeklyGrowth(c.members);
  const last = (n: number) => growth.slice(-n);
  const peak = Math.max(0, ...c.wau);
  const wauShare = peak > 0 ? (c.wau[c.wau.length - 1] ?? 0) / peak : 1;
  const growingWeeks = last(4).filter((g) => g >= RULE.growthRate).length;
  const base = { growth, wauShare, growingWeeks };
  const shrinking =
    growth.length >= RULE.declineWeeks &&
    last(RULE.declineWeeks).every((g) => g <= RULE.declineRate);
  if (shrinking) return { ...base, stage: "decline", reason: "shrinking" };
  if (wauShare < RULE.wauShare) return { ...base, stage: "decline", reason: "wau" };
  if (c.contributors < RULE.startContributors)
    return { ...base, stage: "start", reason: "contributors" };
  if (growingWeeks >= RULE.growthWeeks) return { ...base, stage: "growth", reason: "growing" };
  const flat =
    growth.length >= RULE.flatWeeks &&
    last(RULE.flatWeeks).every((g) => Math.abs(g) < RULE.flatRate);
  if (flat) return { ...base, stage: "maturity", reason: "flat" };
  return { ...base, stage: null, reason: "unclear" };
}

/** The key move of each stage (seeds 001/003), plus two tempting moves that fit none. */
export const MOVES = ["seed", "scale", "sustain", "diagnose", "ads", "morePosts"] as const;
export type Move = (typeof MOVES)[number];
export const STAGE_MOVE: Record<Stage, Move> = {
  start: "seed",
  growth: "scale",
  maturity: "sustain",
  decline: "diagnose",
};

/** The communities the learner reads, in the order shown (illustrative figures). */
export const COMMUNITIES: readonly Community[] = [
  {
    id: "xiaoman",
    members: [400, 418, 437, 452, 471, 493, 512, 530, 556, 560, 584, 606],
    wau: [240, 250, 262, 270, 283, 296, 305, 318, 333, 336, 352, 365],
    contributors: 85,
  },
  {
    id: "tidelight",
    members: [6010, 6022, 6018, 6031, 6026, 6020, 6029, 6017, 6012, 6020, 6008, 6001],
    wau: [880, 870, 855, 830, 800, 775, 750, 725, 700, 680, 660, 640],
    contributors: 120,
  },
  {
    id: "ux",
    members: [138, 144, 150, 156, 162, 168, 175, 181, 188, 195, 202, 210],
    wau: [72, 75, 78, 81, 84, 87, 91, 94, 98, 101, 105, 109],
    contributors: 8,
  },
  {
    id: "wutong",
    members: [452, 458, 463, 466, 470, 463, 456, 459, 464, 467, 471, 474],
    wau: [300, 305, 310, 312, 308, 262, 255, 280, 296, 302, 306, 309],
    contributors: 40,
    note: true,
  },
  {
    id: "coffee",
    members: [8480, 8502, 8496, 8510, 8521, 8515, 8530, 8526, 8541, 8536, 8549, 8552],
    wau: [3405, 3420, 3410, 3415, 3430, 3418, 3425, 3421, 3433, 3426, 3435, 3431],
    contributors: 140,
  },
];

export interface Answer {
  stage?: Stage;
  move?: Move;
}

/** One point for the right stage and one for the move that stage calls for. */
export function markCommunity(c: Community, answer: Answer) {
  const detected = detectStage(c);
  const stageOk = detected.stage !== null && answer.stage === detected.stage;
  const moveOk = detected.stage !== null && answer.move === STAGE_MOVE[detected.stage];
  return { detected, stageOk, moveOk, points: Number(stageOk) + Number(moveOk) };
}
