/**
 * A PR crisis strikes (its damage grows with the response time), then this week's joins: Bass
 * diffusion on the part of the market not yet reached, a viral post, referral invitations and paid
 * joins, through the platform's paywall, join friction and group caps. Fake or cash-hunting
 * accounts among referral joiners come from the personas stream.
 */
import * as P from "../parameters";
import { sum } from "../math";
import { binomial, streamFor } from "../rng";
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

export function joinWeek(w: WeekContext): void {
  const { levers, s, prev, sc, plat, typ, fx, events, week, d } = w;
  const { springJoins, crisisJoins } = w;
  const rj = streamFor(s.seed, "joins", week);
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
  const engagedPrev = w.membersPrev - w.dormantPrev;
  const wordOfMouth = (engagedPrev + P.DORMANT_WORD_OF_MOUTH * w.dormantPrev) / s.market;
  const pOrganic = Math.min(
    0.5,
    (P.BASS_P_WEEK + P.BASS_Q_WEEK * wordOfMouth * pull) * reachEff * appeal,
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
  const capacity = plat.groupSize > 0 ? plat.groupSize * sc.maxGroups : Number.POSITIVE_INFINITY;
  const room = Math.max(0, capacity - w.membersPrev);
  const wantedJoins = organic + referral + paid;
  toggleAlert(s, events, week, "group-full", wantedJoins > room);
  if (wantedJoins > room) {
    const keepReferral = Math.floor((referral * room) / wantedJoins);
    const keepPaid = Math.floor((paid * room) / wantedJoins);
    organic = room - keepReferral - keepPaid;
    referral = keepReferral;
    paid = keepPaid;
  }
  const fakeShare = levers.antiCheat ? ref.fakeShareAntiCheat : ref.fakeShare;
  // The personas stream is only opened when there are referral joiners to look at.
  const fakes =
    referral > 0 && fakeShare > 0
      ? binomial(streamFor(s.seed, "personas", week), referral, fakeShare)
      : 0;
  w.joins = [organic, referral, paid];
  w.joinsTotal = organic + referral + paid;
  w.fakes = fakes;
  w.referral = referral;
  s.reached += w.joinsTotal - fakes;
}
