/**
 * Pressures that raise every lapse this week: content and event fatigue, monetization before
 * the community has delivered value, commerce annoyance, last week's spam, a crisis's tail, a
 * competitor, a new crowd diluting the old members, and group age past a year.
 */
import * as P from "../parameters";
import type { WeekContext } from "./context";

export function weighPressures(w: WeekContext): void {
  const { levers, s, prev, typ, plat, fx, d } = w;
  const over = Math.max(0, levers.postsPerDay * d.exec - P.FATIGUE.from);
  const fatigue =
    (P.FATIGUE.linear * over + P.FATIGUE.square * over * over) *
      (1 - P.FATIGUE.qualityRelief * d.quality) +
    Math.max(0, levers.eventsPerWeek - P.EVENT_FATIGUE.from) * P.EVENT_FATIGUE.perEvent;
  const readiness = s.valueStock / (s.valueStock + P.VALUE_READY_HALF);
  const tolerance = typ.tolerance + (fx.modelTransformed ? P.TRANSFORM.model.tolerance : 0);
  const monetPenalty = levers.monetization * Math.max(0, P.MONETIZE.ready - readiness - tolerance);
  const commerce = P.MONETIZE.commerce * levers.monetization * levers.monetization;
  const crisisTail = w.crisisActive && !w.crisisNow ? P.CRISIS.tailLapse * fx.crisisDamage : 0;
  const engagedPrev = Math.max(1, w.membersPrev - w.dormantPrev);
  w.dilution = (w.hunters + w.fakes + w.seeds.fakes) / engagedPrev;
  const dilution = P.HUNTERS.dilutionLapse * Math.min(P.HUNTERS.dilutionMax, w.dilution);
  const ageFatigue = Math.min(
    P.AGE_FATIGUE.max,
    (Math.max(0, s.ageWeeks - P.AGE_FATIGUE.fromWeek) / 52) * P.AGE_FATIGUE.perYear,
  );
  w.fatigue = fatigue;
  w.readiness = readiness;
  w.tolerance = tolerance;
  w.monetPenalty = monetPenalty;
  s.grievance = s.grievance * P.GRIEVANCE.memory + monetPenalty;
  w.pressure =
    fatigue +
    P.MONETIZE.lapse * monetPenalty +
    P.GRIEVANCE.lapse * s.grievance +
    commerce +
    P.SPAM_LOAD.lapse * prev.spamLoad +
    crisisTail +
    (fx.competitorWeeks > 0 ? P.EVENTS.competitor.lapse : 0) +
    (fx.crowdLapseWeeks > 0 ? P.TRANSFORM.crowd.lapse : 0) +
    ageFatigue +
    dilution;
  // Members a crisis drives away this week leave outright (they do not just go quiet).
  w.crisisDamageNow = w.crisisNow ? fx.crisisDamage : 0;
  w.bond = typ.bond * plat.bond;
  w.promoteBoost = w.boosting === "model" ? P.TRANSFORM.model.promote : 1;
}
