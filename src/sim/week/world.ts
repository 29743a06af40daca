/**
 * The world of a week, and the learner's one-off transformation. The events stream gives a fixed
 * number of uniforms whatever the decisions (common random numbers: two strategies under one seed
 * meet the same world); decisions only move the probabilities a uniform is compared with.
 */
import * as P from "../parameters";
import { streamFor } from "../rng";
import type { Scenario } from "../types";
import type { WeekContext } from "./context";
import { logEvent, magnitude } from "./draws";

/** Calendar week of the year (1–52) of a simulated week. */
function calendarWeek(scenario: Scenario, week: number): number {
  return ((scenario.startWeekOfYear - 1 + week - 1) % 52) + 1;
}

function isSpring(scenario: Scenario, week: number): boolean {
  return week >= 1 && P.EVENTS.spring.weeks.includes(calendarWeek(scenario, week));
}

/** Spam waves, PR crises, viral posts, competitors, policy changes and the Spring Festival. */
export function drawWorld(w: WeekContext): void {
  const { levers, plat, typ, fx, events, week, sc } = w;
  const re = streamFor(w.s.seed, "events", week);
  w.re = re;
  const uSpam = re();
  const uSpamSize = re();
  const uCrisis = re();
  w.uCrisisSize = re();
  const uViral = re();
  w.uViralSize = re();
  const uCompetitor = re();
  const uPolicy = re();
  if (uSpam < P.EVENTS.spamWave.chance * plat.spam) {
    w.spamWaveAttempts = Math.round(
      (P.EVENTS.spamWave.attemptsBase + P.EVENTS.spamWave.attemptsPerMember * w.membersPrev) *
        magnitude(uSpamSize),
    );
    logEvent(events, "spam-wave", week);
  }
  const crisisChance =
    (P.EVENTS.crisis.chance + P.EVENTS.crisis.perMonetization * levers.monetization) * typ.crisis;
  w.crisisNow = uCrisis < crisisChance;
  const viralChance =
    (P.EVENTS.viral.chance + P.EVENTS.viral.perQuality * levers.contentQuality) * plat.viral;
  w.viralNow = uViral < viralChance;
  if (uCompetitor < P.EVENTS.competitor.chance) {
    if (fx.competitorWeeks === 0)
      logEvent(events, "competitor-launch", week, { weeks: P.EVENTS.competitor.weeks });
    fx.competitorWeeks = P.EVENTS.competitor.weeks;
  }
  if (uPolicy < P.EVENTS.policy.chance) {
    if (fx.policyWeeks === 0)
      logEvent(events, "policy-change", week, { weeks: P.EVENTS.policy.weeks });
    fx.policyWeeks = P.EVENTS.policy.weeks;
  }
  const spring = isSpring(sc, week);
  if (spring && !isSpring(sc, week - 1)) logEvent(events, "spring-festival", week);
  const cn = sc.region === "cn";
  w.springJoins = spring ? (cn ? P.EVENTS.spring.joins : P.EVENTS.spring.intlJoins) : 1;
  w.cond = {
    springDau: spring ? (cn ? P.EVENTS.spring.dau : P.EVENTS.spring.intlDau) : 1,
    springWau: spring ? (cn ? P.EVENTS.spring.wau : P.EVENTS.spring.intlWau) : 1,
    policyDau: fx.policyWeeks > 0 ? P.EVENTS.policy.dau : 1,
  };
}

/**
 * A transformation decided this week takes effect unless the last one was too recent, or the
 * community is still starting or growing (module 12: a new theme, model or crowd is for a
 * community whose current one has run its course — at maturity or in decline).
 */
export function applyTransform(w: WeekContext): void {
  const { levers, fx, events, week, s, sc } = w;
  if (levers.transform !== "none") {
    if (s.stage === "start" || s.stage === "growth") logEvent(events, "transform-too-early", week);
    else if (week - fx.lastTransformWeek < P.TRANSFORM.cooldown)
      logEvent(events, "transform-cooldown", week, { weeks: P.TRANSFORM.cooldown });
    else {
      const transformed = levers.transform;
      w.transformed = transformed;
      fx.transformKind = transformed;
      fx.transformWeeks = P.TRANSFORM.boostWeeks;
      fx.lastTransformWeek = week;
      logEvent(events, `transform-${transformed}`, week);
      if (transformed === "theme") s.ageWeeks = 0;
      if (transformed === "model") fx.modelTransformed = true;
      if (transformed === "crowd") {
        s.market += Math.round(P.TRANSFORM.crowd.market * sc.market);
        fx.crowdLapseWeeks = P.TRANSFORM.crowd.lapseWeeks;
      }
    }
  }
  w.boosting = fx.transformWeeks > 0 ? fx.transformKind : "none";
}
