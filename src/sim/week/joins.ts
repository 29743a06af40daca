/**
 * A PR crisis strikes (its damage grows with the response time), then this week's joins: Bass
 * diffusion on the part of the market not yet reached, a viral post, referral invitations and paid
 * joins, through the platform's paywall, join friction and group caps. Fake or cash-hunting
 * accounts among referral joiners come from the personas stream.
 */
import * as P from "../parameters";
import { sum } from "../math";
import { binomial, streamFor, type Uniform } from "../rng";
import type { SimState } from "../types";
import type { WeekContext } from "./context";
import { logEvent, magnitude, toggleAlert } from "./draws";

export function strikeCrisis(w: WeekContext): void {
  const { levers, s, fx, events, week } = w;
  if (w.crisisNow) {
    const t = levers.crisisResponseMinutes * (1 + s.burnout);
    const damage =
      (P.CRISIS.floor + ((1 - P.CRISIS.floor) * t) / (t + P.CRISIS.half)) *
      magnitude(w.uCrisisSize);
    fx.crisisDamage = damage;
    fx.crisisWeeks = 1 + Math.round(P.CRISIS.tailWeeksPerDamage * damage);
    logEvent(events, "pr-crisis", week);
  }
  w.crisisActive = fx.crisisWeeks > 0;
  w.crisisJoins = w.crisisActive ? Math.max(0, 1 - P.CRISIS.joins * fx.crisisDamage) : 1;
}

/** Members weighted by how much they speak for the community (parameters.WORD_OF_MOUTH). */
function voices(s: SimState): number {
  const v = P.WORD_OF_MOUTH;
  let newcomers = 0;
  for (const bucket of s.newcomers) newcomers += sum(bucket);
  return (
    newcomers * v.newcomer +
    sum(s.ordinary) * v.ordinary +
    sum(s.active) * v.active +
    sum(s.core) * v.core +
    sum(s.dormant) * v.dormant
  );
}

/**
 * Seed members invited before week 1 (module 4). How many accept depends on how they were asked;
 * of those who join, the share that really fits the persona (`seedFit`²: a broadcast reaches few
 * of the people it is meant for) was asked in person and
 * lands among the core, active and ordinary members straight away, taking no part in the newcomer
 * cohorts. The others arrived on a QR code like any newcomer: they join this week's organic
 * joiners and face the same first week. A broadcast also lets in ad accounts, which stay silent
 * and spam.
 */
function inviteSeeds(w: WeekContext, rj: Uniform, room: number): number {
  const { levers } = w;
  const invited = Math.min(room, Math.round(levers.seedInvites));
  if (w.week !== 1 || invited <= 0) return 0;
  const S = P.SEEDS;
  // Nobody knows hundreds of people who fit: past `handpicked`, the share that can fit falls.
  const fit = levers.seedFit * Math.min(1, S.handpicked / invited);
  const joined = binomial(rj, invited, S.acceptBase + S.acceptFit * fit);
  const fakes = binomial(rj, joined, (1 - fit) * S.fakes);
  const fitted = binomial(rj, joined - fakes, fit * fit);
  const core = binomial(rj, fitted, S.core);
  const active = binomial(rj, fitted - core, S.active);
  w.seeds = { core, active, ordinary: fitted - core - active, fakes };
  w.seeded = fitted + fakes;
  // Those who only saw a QR code still meet the platform's paywall (知识星球); those asked in person paid.
  const plat = w.plat;
  const others = joined - fitted - fakes;
  w.drifters = plat.paywall < 1 ? binomial(rj, others, plat.paywall) : others;
  return w.drifters;
}

export function joinWeek(w: WeekContext): void {
  const { levers, s, prev, sc, plat, typ, fx, events, week, d } = w;
  const { springJoins, crisisJoins } = w;
  const rj = streamFor(s.seed, "joins", week);
  const capacity = plat.groupSize > 0 ? plat.groupSize * sc.maxGroups : Number.POSITIVE_INFINITY;
  const drifters = inviteSeeds(w, rj, Math.max(0, capacity - w.membersPrev));
  const seeded = w.seeded;
  const appeal =
    P.APPEAL.floor +
    P.APPEAL.content * d.cv +
    P.APPEAL.gravity * w.gravity +
    P.APPEAL.events * d.evPull;
  w.appeal = appeal;
  const pull = P.PULL_FLOOR + w.gravity;
  const policyReach = fx.policyWeeks > 0 ? P.EVENTS.policy.reach : 1;
  const competitorJoins = fx.competitorWeeks > 0 ? P.EVENTS.competitor.joins : 1;
  const crowdReach = w.boosting === "crowd" ? P.TRANSFORM.crowd.reach : 1;
  const reachEff =
    plat.reach * sc.reach * policyReach * springJoins * competitorJoins * crisisJoins * crowdReach;
  const remaining = Math.max(0, s.market - s.reached);
  const voiced = voices(prev);
  const wordOfMouth = voiced / s.market;
  // Even innovators find a community through what its members do and say: a handful of members
  // is hard to find, so growth from a few people starts slowly (the Bass curve's slow take-off).
  const visibility = voiced / (voiced + P.VISIBILITY_HALF);
  const pOrganic = Math.min(
    0.5,
    (P.BASS_P_WEEK * visibility + P.BASS_Q_WEEK * wordOfMouth * pull) * reachEff * appeal,
  );
  let organic = binomial(rj, remaining, pOrganic);
  if (w.viralNow) {
    const pViral =
      P.EVENTS.viral.shareOfMarket *
      magnitude(w.uViralSize) *
      plat.viral *
      sc.reach *
      (0.5 + levers.contentQuality) *
      springJoins;
    organic += binomial(rj, remaining - organic, Math.min(0.5, pViral));
    logEvent(events, "viral-post", week);
  }

  const ref = P.REFERRAL[levers.referral];
  let referral = 0;
  if (levers.referral !== "off") {
    let engagedNew = 0;
    for (const bucket of prev.newcomers) engagedNew += sum(bucket);
    const inviters =
      engagedNew * P.INVITER_WEIGHT.newcomer +
      sum(prev.ordinary) * P.INVITER_WEIGHT.ordinary +
      sum(prev.active) * P.INVITER_WEIGHT.active +
      sum(prev.core) * P.INVITER_WEIGHT.core;
    const incentive =
      w.rewardPerJoin > 0
        ? P.REFERRAL_UNFUNDED_SHARE + (1 - P.REFERRAL_UNFUNDED_SHARE) * d.funded
        : 1;
    const invites = Math.round(inviters * ref.invites * incentive * (remaining / s.market));
    const conversion =
      ref.conversion *
      typ.referral *
      Math.min(1, appeal) *
      (levers.antiCheat ? P.ANTI_CHEAT_CONVERSION : 1) *
      springJoins *
      crisisJoins;
    referral = binomial(rj, invites, Math.min(0.95, conversion));
  }

  const eco = sc.economics;
  const effSpend = w.adSpend / (1 + w.adSpend / eco.adSaturation);
  const cac = eco.cac * (fx.policyWeeks > 0 ? P.EVENTS.policy.cac : 1);
  const paidMean = (effSpend / cac) * Math.sqrt(remaining / s.market) * springJoins * crisisJoins;
  let paid = binomial(rj, Math.round(paidMean / 0.8), 0.8);

  if (plat.paywall < 1) {
    organic = binomial(rj, organic, plat.paywall);
    referral = binomial(rj, referral, plat.paywall);
  }
  if (plat.friction) {
    const fill = w.membersPrev - (w.groups - 1) * plat.groupSize;
    const f = fill > 100 ? plat.friction.past100 : fill > 40 ? plat.friction.past40 : 1;
    if (f < 1) {
      organic = binomial(rj, organic, f);
      referral = binomial(rj, referral, f);
    }
  }
  const room = Math.max(0, capacity - w.membersPrev - seeded);
  organic += drifters;
  const wantedJoins = organic + referral + paid;
  toggleAlert(s, events, week, "group-full", wantedJoins > room, { size: plat.groupSize });
  if (wantedJoins > room) {
    const keepReferral = Math.floor((referral * room) / wantedJoins);
    const keepPaid = Math.floor((paid * room) / wantedJoins);
    organic = room - keepReferral - keepPaid;
    referral = keepReferral;
    paid = keepPaid;
  }
  const fakeShare = levers.antiCheat ? ref.fakeShareAntiCheat : ref.fakeShare;
  // The personas stream is only opened when there are referral joiners to look at.
  if (referral > 0) {
    const rp = streamFor(s.seed, "personas", week);
    w.fakes = fakeShare > 0 ? binomial(rp, referral, fakeShare) : 0;
    const hunt = P.HUNTERS.share[levers.referral];
    w.hunters = hunt > 0 ? binomial(rp, referral - w.fakes, hunt) : 0;
  }
  w.joins = [organic + w.seeded, referral, paid];
  w.joinsTotal = organic + w.seeded + referral + paid;
  w.referral = referral;
  s.reached += w.joinsTotal - w.fakes - w.seeds.fakes;
}
