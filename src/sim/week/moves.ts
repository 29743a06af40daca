/**
 * Moves between segments, every one a binomial draw on a compartment (the moves stream). This
 * week's joiners return or not; newcomers in weeks 2–4 lapse at a newcomer rate and graduate after
 * four weeks; regulars lapse, are promoted or drift down; dormant members wake up or clean up
 * their group list. Of those who lapse, the platform's share leaves (churn) and the rest goes
 * silent (dormant); members a crisis drives out leave outright.
 */
import * as P from "../parameters";
import { clamp, sum } from "../math";
import { binomial, streamFor } from "../rng";
import type { WeekContext } from "./context";
import { draws, drawn } from "./draws";

const SOURCE_COUNT = 3;
const REFERRAL_SOURCE = 1;

/** First return of this week's joiners, newcomers in weeks 2–4, graduation. */
export function moveNewcomers(w: WeekContext): void {
  const { levers, s, prev, plat, d, week } = w;
  const rm = streamFor(s.seed, "moves", week);
  w.rm = rm;
  const leaveShare = plat.leaveShare;
  const crisisHit = P.CRISIS.leave;
  const { inOrdinary, inActive, inDormant, joins, fakes, pressure, crisisDamageNow } = w;

  // Graduation: newcomers who have had their four newcomer weeks become regulars.
  const graduating = s.newcomers[3] ?? [0, 0, 0];
  const gradActive =
    P.GRADUATE_ACTIVE.base + P.GRADUATE_ACTIVE.ugc * d.ugcEff + P.GRADUATE_ACTIVE.events * d.evPull;

  const needHalf = P.MODERATION_NEED.base + w.membersPrev / P.MODERATION_NEED.perMembers;
  const heavyHand = Math.min(
    P.HEAVY_HAND.max,
    P.HEAVY_HAND.perHour * Math.max(0, levers.moderationHours - 2 * needHalf),
  );
  const firstReturnBase =
    P.FIRST_RETURN_BASE +
    P.FIRST_RETURN_REPLY * d.replyEff +
    P.FIRST_RETURN_RULES[levers.rules] +
    P.FIRST_RETURN_CONTENT * (d.cv - 0.3) +
    P.FIRST_RETURN_GRAVITY * (w.gravity - 0.5) +
    P.FIRST_RETURN_EVENTS * d.evPull +
    plat.newcomer -
    heavyHand -
    P.SPAM_LOAD.firstReturn * prev.spamLoad -
    pressure -
    crisisHit.newcomer * crisisDamageNow;
  // The room a newcomer walks into: the group's norm, and who is taking part this very week.
  const sd = w.seeds;
  const room =
    (sum(prev.active) + sum(prev.core) + sd.core + sd.active) /
    Math.max(1, w.membersPrev + w.seeded + w.drifters);
  const met = (1 - P.NORM.room) * s.norm + P.NORM.room * room;
  const norm = clamp(
    P.NORM.firstReturn * (met - P.NORM.ref),
    -P.NORM.firstReturnMax,
    P.NORM.firstReturnMax,
  );
  const seeded = w.seeded;
  const fresh = [0, 0, 0];
  for (let src = 0; src < SOURCE_COUNT; src++) {
    const fake = src === REFERRAL_SOURCE ? fakes : 0;
    const hunters = src === REFERRAL_SOURCE ? w.hunters : 0;
    const n = (joins[src] ?? 0) - (src === 0 ? seeded : 0);
    const r1 = clamp(
      firstReturnBase +
        norm +
        P.FIRST_RETURN_SOURCE[P.SOURCES[src] ?? "organic"] -
        (src === REFERRAL_SOURCE && levers.referral === "aggressive"
          ? P.AGGRESSIVE_JOINER_PENALTY
          : 0),
      P.FIRST_RETURN_MIN,
      P.FIRST_RETURN_MAX,
    );
    // Fake accounts never return; cash hunters seldom do, and those who do not come back leave;
    // seeds who do not fit came to be polite and come back less.
    const drifters = src === 0 ? w.drifters : 0;
    const returned =
      binomial(rm, n - fake - hunters - drifters, r1) +
      (drifters > 0
        ? binomial(rm, drifters, Math.max(P.FIRST_RETURN_MIN, r1 - P.SEEDS.drifterReturn))
        : 0);
    const huntersBack = hunters > 0 ? binomial(rm, hunters, P.HUNTERS.firstReturn) : 0;
    const gone = n - hunters - returned;
    const leave = binomial(rm, gone, leaveShare);
    w.churned += leave + hunters - huntersBack;
    inDormant[src] = (inDormant[src] ?? 0) + gone - leave;
    fresh[src] = returned + huntersBack;
  }

  const newcomerLapse = clamp(
    P.NEWCOMER_LAPSE.base -
      P.NEWCOMER_LAPSE.reply * d.replyEff -
      P.NEWCOMER_LAPSE.events * d.evPull -
      P.NEWCOMER_LAPSE.care * d.careEff +
      pressure,
    P.NEWCOMER_LAPSE.min,
    P.NEWCOMER_LAPSE.max,
  );
  const aged: number[][] = [fresh, [0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let age = 0; age < 3; age++) {
    const bucket = s.newcomers[age] ?? [0, 0, 0];
    const next = aged[age + 1] ?? [0, 0, 0];
    for (let src = 0; src < SOURCE_COUNT; src++) {
      const n = bucket[src] ?? 0;
      draws(
        rm,
        n,
        Math.min(0.9, newcomerLapse * P.LAPSE_SOURCE[P.SOURCES[src] ?? "organic"]),
        crisisHit.newcomer * crisisDamageNow,
        0,
        0,
      );
      const lapsed = drawn[0] ?? 0;
      const driven = drawn[1] ?? 0;
      const leave = binomial(rm, lapsed, leaveShare);
      w.churned += leave + driven;
      inDormant[src] = (inDormant[src] ?? 0) + lapsed - leave;
      next[src] = n - lapsed - driven;
    }
  }
  for (let src = 0; src < SOURCE_COUNT; src++) {
    const n = graduating[src] ?? 0;
    const up = binomial(rm, n, gradActive);
    inActive[src] = (inActive[src] ?? 0) + up;
    inOrdinary[src] = (inOrdinary[src] ?? 0) + n - up;
  }
  w.fresh = fresh;
  w.aged = aged;
}

/** Regulars: lapse, promotion, demotion, crisis; dormant members leave or wake up. */
export function moveRegulars(w: WeekContext): void {
  const { s, plat, d, rm, transformed, pressure, crisisDamageNow, bond, promoteBoost } = w;
  const { inOrdinary, inActive, inDormant } = w;
  const leaveShare = plat.leaveShare;
  const crisisHit = P.CRISIS.leave;
  const calm =
    (1 - P.LAPSE_CARE * d.careEff) *
    (1 - P.LAPSE_EVENTS * d.evPull) *
    (1 - P.LAPSE_CONTENT * d.cv) *
    Math.max(P.NORM.lapseMin, 1 - P.NORM.lapse * (s.norm - P.NORM.ref));
  const lapseOrdinary = (P.LAPSE.ordinary / bond) * calm + pressure * P.PRESSURE_SHARE.ordinary;
  const lapseActive = (P.LAPSE.active / bond) * calm + pressure * P.PRESSURE_SHARE.active;
  const lapseCore = (P.LAPSE.core / bond) * calm + pressure * P.PRESSURE_SHARE.core;
  const po = P.PROMOTE_ORDINARY;
  const normLift = Math.max(P.NORM.promoteMin, 1 + P.NORM.promote * (s.norm - P.NORM.ref));
  const promoteOrdinary =
    po.rate *
    (po.floor + po.content * d.cv + po.events * d.evPull + po.ugc * d.ugcEff) *
    promoteBoost *
    normLift;
  const pa = P.PROMOTE_ACTIVE;
  const promoteActive =
    pa.rate * (pa.floor + pa.care * d.careEff + pa.ugc * d.ugcEff) * promoteBoost;
  const demoteActive =
    P.DEMOTE_ACTIVE.rate *
    (1 - P.DEMOTE_ACTIVE.care * d.careEff) *
    (1 - P.DEMOTE_ACTIVE.content * d.cv);
  const demoteCore =
    P.DEMOTE_CORE.rate * (1 - P.DEMOTE_CORE.care * d.careEff) +
    (transformed === "theme" ? P.TRANSFORM.theme.demoteCore : 0);
  const coreLeave =
    (transformed === "model" ? P.TRANSFORM.model.coreLeave : 0) + crisisHit.core * crisisDamageNow;
  const wake =
    P.WAKE.base +
    P.WAKE.care * d.careEff +
    P.WAKE.events * d.evPull +
    (transformed === "theme" ? P.TRANSFORM.theme.wake : 0);
  const dormantLeave = P.DORMANT_LEAVE * plat.dormantLeave;
  const { ordinary, active, core, dormant } = s;

  let regularsBefore = 0;
  let regularsLapsed = 0;
  for (let src = 0; src < SOURCE_COUNT; src++) {
    const srcFactor = P.LAPSE_SOURCE[P.SOURCES[src] ?? "organic"];
    const nO = ordinary[src] ?? 0;
    const nA = active[src] ?? 0;
    const nC = core[src] ?? 0;
    const nD = dormant[src] ?? 0;
    regularsBefore += nO + nA + nC;

    draws(
      rm,
      nO,
      Math.min(0.9, lapseOrdinary * srcFactor),
      promoteOrdinary,
      crisisHit.ordinary * crisisDamageNow,
      0,
    );
    const lo = drawn[0] ?? 0;
    const uo = drawn[1] ?? 0;
    const xo = drawn[2] ?? 0;
    draws(
      rm,
      nA,
      Math.min(0.9, lapseActive * srcFactor),
      promoteActive,
      demoteActive,
      crisisHit.active * crisisDamageNow,
    );
    const la = drawn[0] ?? 0;
    const ua = drawn[1] ?? 0;
    const da = drawn[2] ?? 0;
    const xa = drawn[3] ?? 0;
    draws(rm, nC, Math.min(0.9, lapseCore * srcFactor), demoteCore, coreLeave, 0);
    const lc = drawn[0] ?? 0;
    const dc = drawn[1] ?? 0;
    const xc = drawn[2] ?? 0;
    draws(rm, nD, dormantLeave, wake, 0, 0);
    const ld = drawn[0] ?? 0;
    const wd = drawn[1] ?? 0;

    // Churn: of those who lapsed, some leave and the rest go silent; those driven out leave.
    const lapsed = lo + la + lc;
    const driven = xo + xa + xc;
    regularsLapsed += lapsed + driven;
    const leave = binomial(rm, lapsed, leaveShare);
    w.churned += leave + driven + ld;
    inDormant[src] = (inDormant[src] ?? 0) + lapsed - leave;

    ordinary[src] = nO - lo - uo - xo + da + wd + (inOrdinary[src] ?? 0);
    active[src] = nA - la - ua - da - xa + uo + dc + (inActive[src] ?? 0);
    core[src] = nC - lc - dc - xc + ua;
    dormant[src] = nD - ld - wd;
  }
  for (let src = 0; src < SOURCE_COUNT; src++)
    dormant[src] = (dormant[src] ?? 0) + (inDormant[src] ?? 0);
  // Seed members land where their fit puts them (organic source); ad accounts among them stay silent.
  const sd = w.seeds;
  core[0] = (core[0] ?? 0) + sd.core;
  active[0] = (active[0] ?? 0) + sd.active;
  ordinary[0] = (ordinary[0] ?? 0) + sd.ordinary;
  dormant[0] = (dormant[0] ?? 0) + sd.fakes;
  s.newcomers = w.aged;
  w.regularLapseRate = regularsBefore > 0 ? regularsLapsed / regularsBefore : 0;
}
