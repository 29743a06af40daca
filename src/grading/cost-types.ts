/** What a plan costs when its run is replayed (plan-cost.ts); the checks read it (checks.ts). */
import type { LeverHours } from "../sim/index";

export interface PlanCost {
  /** The scenario's team hours a week. */
  teamHours: number;
  /** The average hours of the busiest four consecutive weeks, and the week they start. */
  busiestHours: number;
  busiestFrom: number;
  /** The first week's hours (it includes inviting the seed members). */
  firstWeekHours: number;
  /** Hours per lever in the first week of the busiest stretch, and the rest (admin, groups, crises). */
  levers: LeverHours;
  otherHours: number;
  /** The scenario's weekly money budget, and the run's average and largest week of spending. */
  budget: number;
  meanSpend: number;
  maxSpend: number;
  /** The first week the plan wanted more money than the budget, or null if it never did. */
  moneyShortFrom: number | null;
  /** Whether the busiest stretch fits the team's hours. */
  hoursFit: boolean;
  moneyFit: boolean;
}
