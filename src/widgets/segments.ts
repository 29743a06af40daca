/** The tiers module 7 teaches, from most to least engaged. */
export const TIERS = ["core", "active", "ordinary", "dormant"] as const;
export type Tier = (typeof TIERS)[number];

/** One sample member of Valley Coffee's member groups (illustrative). */
export interface Member {
  id: string;
  /** Days with any activity (message, reaction, check-in) in the last 30. */
  activeDays: number;
  /** Posts or answers that others replied to or reacted to, last 30 days. */
  contributions: number;
  /** Money spent at Valley Coffee in the last 90 days, yuan. */
  spend: number;
  /** Days since joining, when that is under 30 (the activity window isn't full yet). */
  joinedDaysAgo?: number;
  /** Followers on other platforms, when the member has an audience elsewhere. */
  followers?: number;
}

/**
 * The rule of thumb the widget scores against. The thresholds are an illustration for a
 * member group of a few hundred people, not an industry standard: each community sets its own.
 */
export const RULE = {
  dormantMaxDays: 1,
  coreMinDays: 15,
  coreMinContributions: 6,
  activeMinDays: 8,
  activeMinContributions: 3,
  /** Spending from here up earns a note: big spenders need care, but spending alone sets no tier. */
  bigSpend: 500,
  /** An audience this size elsewhere earns a note: a possible KOC or partner, whatever the tier. */
  bigAudience: 10_000,
} as const;

export const MEMBERS: readonly Member[] = [
  { id: "xiaolu", activeDays: 24, contributions: 14, spend: 320 },
  { id: "amy", activeDays: 12, contributions: 1, spend: 460 },
  { id: "chen", activeDays: 3, contributions: 0, spend: 1280 },
  { id: "tangtang", activeDays: 4, contributions: 3, spend: 60 },
  { id: "daliu", activeDays: 1, contributions: 0, spend: 300 },
  { id: "xiaoqi", activeDays: 9, contributions: 2, spend: 90, joinedDaysAgo: 14 },
  { id: "laozhou", activeDays: 18, contributions: 7, spend: 80 },
  { id: "lili", activeDays: 20, contributions: 5, spend: 200 },
  { id: "xiaowu", activeDays: 5, contributions: 1, spend: 40 },
  { id: "moli", activeDays: 3, contributions: 0, spend: 220, followers: 52_000 },
  { id: "jingjing", activeDays: 0, contributions: 0, spend: 0 },
  { id: "akuan", activeDays: 9, contributions: 0, spend: 150 },
];

/** Which test of the rule placed the member: the explanation shown after checking. */
export type Reason = "dormant" | "core" | "activeDays" | "activeContributions" | "ordinary";

export interface Placement {
  tier: Tier;
  reason: Reason;
  /** Notes that don't change the tier but change the care: a big spender, a newcomer, an audience elsewhere. */
  notes: Note[];
}

export type Note = "bigSpender" | "newcomer" | "audience";

function placeByRule(m: Member): { tier: Tier; reason: Reason } {
  if (m.activeDays <= RULE.dormantMaxDays) return { tier: "dormant", reason: "dormant" };
  if (m.activeDays >= RULE.coreMinDays && m.contributions >= RULE.coreMinContributions)
    return { tier: "core", reason: "core" };
  if (m.activeDays >= RULE.activeMinDays) return { tier: "active", reason: "activeDays" };
  if (m.contributions >= RULE.activeMinContributions)
    return { tier: "active", reason: "activeContributions" };
  return { tier: "ordinary", reason: "ordinary" };
}

export function classify(m: Member): Placement {
  const notes: Note[] = [];
  if (m.spend >= RULE.bigSpend) notes.push("bigSpender");
  if (m.joinedDaysAgo !== undefined && m.joinedDaysAgo < 30) notes.push("newcomer");
  if ((m.followers ?? 0) >= RULE.bigAudience) notes.push("audience");
  return { ...placeByRule(m), notes };
}

export interface Marked extends Placement {
  member: Member;
  answer: Tier | undefined;
  ok: boolean;
}

/** Marks the learner's tiers (member id → tier; missing means not chosen yet). */
export function mark(
  answers: Partial<Record<string, Tier>>,
  members: readonly Member[] = MEMBERS,
): { score: number; unanswered: number; results: Marked[] } {
  const results = members.map((member) => {
    const placement = classify(member);
    const answer = answers[member.id];
    return { ...placement, member, answer, ok: answer === placement.tier };
  });
  return {
    score: results.filter((r) => r.ok).length,
    unanswered: results.filter((r) => r.answer === undefined).length,
    results,
  };
}

export function isTier(value: string): value is Tier {
  return (TIERS as readonly string[]).includes(value);
}
