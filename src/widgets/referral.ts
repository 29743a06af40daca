import { parseNum, type Parsed } from "./numbers";

/**
 * A one-round referral model for module 8. Everything is expected values, so the result is the
 * same on every run. The figures in ASSUMPTIONS are ours, not measured: the widget says so.
 */

export type Model = "tiered" | "cash";

export interface Tier {
  /** Successful invites needed for this reward. */
  invites: number;
  /** What one reward costs, yuan. */
  cost: number;
}

export interface ReferralInput {
  /** Members when the campaign starts. */
  members: number;
  /** Share of members who take part (0–1). */
  participation: number;
  /** Invites each participant sends. */
  invitesPerMember: number;
  /** Share of invites that turn into a genuine new member (0–1). */
  conversion: number;
  model: Model;
  tiers: Tier[];
  cashPerHead: number;
  antiCheat: boolean;
  /** Share of reward-counted joins that are fake accounts, under tiered rewards without anti-cheat (0–1). */
  fakeShare: number;
}

export const ASSUMPTIONS = {
  /** Paying per head makes every fake account worth money: the fake share doubles. */
  cashFakeMultiplier: 2,
  maxFakeShare: 0.9,
  /** Anti-cheat (phone checks, one reward per device, payout after the newcomer's first week) catches this share of fakes … */
  antiCheatCatch: 0.8,
  /** … and its extra verification step loses this share of genuine invitees. */
  antiCheatFriction: 0.05,
} as const;

/** Valley Coffee's member groups, illustrative: 3 invites → a coupon, 10 → VIP. */
export const EXAMPLE: ReferralInput = {
  members: 2000,
  participation: 0.2,
  invitesPerMember: 6,
  conversion: 0.15,
  model: "tiered",
  tiers: [
    { invites: 3, cost: 15 },
    { invites: 10, cost: 120 },
  ],
  cashPerHead: 8,
  antiCheat: false,
  fakeShare: 0.15,
};

export interface ReferralResult {
  participants: number;
  /** Genuine new members in the first round. */
  genuine: number;
  /** Fake accounts that got through and were counted for rewards. */
  fake: number;
  fakeShare: number;
  /** Genuine new members per existing member: participation × invites × conversion. */
  k: number;
  /** What a dashboard counting every join would show. */
  apparentK: number;
  cost: number;
  /** Part of the cost paid out because of fake accounts. */
  fakeCost: number;
  costPerGenuine: number | null;
  /** Genuine members over all rounds if new members refer at the same rates; null when K ≥ 1. */
  cascade: number | null;
  /** Share of participants reaching each tier (tiered model), in the tiers' order. */
  tierReach: number[];
}

/**
 * Share of participants with at least `threshold` counted invites when the average is `mean`.
 * Invites are skewed — a few members bring most — so we use a geometric distribution:
 * P(X ≥ t) = (mean / (1 + mean))^t.
 */
export function reachShare(mean: number, threshold: number): number {
  if (threshold <= 0) return 1;
  if (mean <= 0) return 0;
  return Math.pow(mean / (1 + mean), threshold);
}

function tierCost(input: ReferralInput, participants: number, counted: number) {
  const mean = participants > 0 ? counted / participants : 0;
  const reach = input.tiers.map((t) => reachShare(mean, t.invites));
  const cost = input.tiers.reduce((s, t, i) => s + participants * (reach[i] ?? 0) * t.cost, 0);
  return { reach, cost };
}

export function simulateReferral(input: ReferralInput): ReferralResult {
  const friction = input.antiCheat ? 1 - ASSUMPTIONS.antiCheatFriction : 1;
  const k = input.participation * input.invitesPerMember * input.conversion * friction;
  const participants = input.members * input.participation;
  const genuine = input.members * k;
  const base =
    input.model === "cash" ? input.fakeShare * ASSUMPTIONS.cashFakeMultiplier : input.fakeShare;
  const uncaught =
    Math.min(ASSUMPTIONS.maxFakeShare, base) *
    (input.antiCheat ? 1 - ASSUMPTIONS.antiCheatCatch : 1);
  const counted = uncaught < 1 ? genuine / (1 - uncaught) : genuine;
  const fake = counted - genuine;

  let cost: number;
  let fakeCost: number;
  let tierReach: number[] = [];
  if (input.model === "cash") {
    cost = counted * input.cashPerHead;
    fakeCost = fake * input.cashPerHead;
  } else {
    const all = tierCost(input, participants, counted);
    cost = all.cost;
    fakeCost = all.cost - tierCost(input, participants, genuine).cost;
    tierReach = all.reach;
  }
  return {
    participants,
    genuine,
    fake,
    fakeShare: uncaught,
    k,
    apparentK: input.members > 0 ? counted / input.members : 0,
    cost,
    fakeCost,
    costPerGenuine: genuine > 0 ? cost / genuine : null,
    cascade: k < 1 ? genuine / (1 - k) : null,
    tierReach,
  };
}

/** The widget's fields as typed; percentages are typed as 0–100. */
export interface ReferralForm {
  members: string;
  participation: string;
  invitesPerMember: string;
  conversion: string;
  cashPerHead: string;
  fakeShare: string;
  model: Model;
  antiCheat: boolean;
  tiers: { label: string; invites: string; cost: string }[];
}

export const FIELD_RULES = {
  members: { min: 1, max: 10_000_000, integer: true },
  participation: { min: 0, max: 100 },
  invitesPerMember: { min: 0, max: 200 },
  conversion: { min: 0, max: 100 },
  cashPerHead: { min: 0, max: 10_000 },
  fakeShare: { min: 0, max: 90 },
  tierInvites: { min: 1, max: 1000, integer: true },
  tierCost: { min: 0, max: 100_000 },
} as const;

export const MAX_TIERS = 4;

export type ScalarField = Exclude<keyof ReferralForm, "model" | "antiCheat" | "tiers">;
export const SCALAR_FIELDS: ScalarField[] = [
  "members",
  "participation",
  "invitesPerMember",
  "conversion",
  "fakeShare",
  "cashPerHead",
];
const PERCENT = new Set<ScalarField>(["participation", "conversion", "fakeShare"]);

export function toForm(input: ReferralInput, labels: string[]): ReferralForm {
  const text = (field: ScalarField) =>
    String(PERCENT.has(field) ? Math.round(input[field] * 1000) / 10 : input[field]);
  return {
    members: text("members"),
    participation: text("participation"),
    invitesPerMember: text("invitesPerMember"),
    conversion: text("conversion"),
    cashPerHead: text("cashPerHead"),
    fakeShare: text("fakeShare"),
    model: input.model,
    antiCheat: input.antiCheat,
    tiers: input.tiers.map((t, i) => ({
      label: labels[i] ?? "",
      invites: String(t.invites),
      cost: String(t.cost),
    })),
  };
}

/**
 * Parses the form. `input` is null while any field the chosen model uses is invalid; fields the
 * model does not use (cash per head under tiered rewards, tiers under cash) are not required.
 */
export function readForm(form: ReferralForm) {
  const scalars = Object.fromEntries(
    SCALAR_FIELDS.map((f) => [f, parseNum(form[f], FIELD_RULES[f])]),
  ) as Record<ScalarField, Parsed>;
  const tiers = form.tiers.map((t) => ({
    invites: parseNum(t.invites, FIELD_RULES.tierInvites),
    cost: parseNum(t.cost, FIELD_RULES.tierCost),
  }));
  const used = SCALAR_FIELDS.filter((f) => f !== "cashPerHead" || form.model === "cash");
  const ok =
    used.every((f) => scalars[f].error === undefined) &&
    (form.model === "cash" ||
      tiers.every((t) => t.invites.error === undefined && t.cost.error === undefined));
  const value = (f: ScalarField) => (scalars[f].value ?? 0) / (PERCENT.has(f) ? 100 : 1);
  const input: ReferralInput | null = ok
    ? {
        members: value("members"),
        participation: value("participation"),
        invitesPerMember: value("invitesPerMember"),
        conversion: value("conversion"),
        cashPerHead: value("cashPerHead"),
        fakeShare: value("fakeShare"),
        model: form.model,
        antiCheat: form.antiCheat,
        tiers: tiers.map((t) => ({ invites: t.invites.value ?? 0, cost: t.cost.value ?? 0 })),
      }
    : null;
  return { scalars, tiers, input };
}
