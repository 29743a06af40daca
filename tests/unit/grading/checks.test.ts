import { describe, expect, it } from "vitest";
import {
  CHECK_IDS,
  CHECKS,
  inWindow,
  runCheck,
  type CheckContext,
  type CheckId,
  type CheckResult,
} from "../../../src/grading/checks";
import type { PlanCost } from "../../../src/grading/plan-cost";
import type { PlanInput } from "../../../src/schemas/plan";
import { emptyPlan, fullPlan } from "./plan-builders";

type Case = [
  check: CheckId,
  what: string,
  change: (p: PlanInput) => void,
  ratio: number,
  keys: string[],
  ctx?: CheckContext,
];

/** A run that fits its team's hours and budget, as plan-cost.ts reports it. */
const FITS: PlanCost = {
  teamHours: 15,
  busiestHours: 14.2,
  busiestFrom: 30,
  firstWeekHours: 12,
  levers: { postsPerDay: 4, eventsPerWeek: 3 },
  otherHours: 1.2,
  budget: 0,
  meanSpend: 0,
  maxSpend: 0,
  moneyShortFrom: null,
  hoursFit: true,
  moneyFit: true,
};
const cost = (change: Partial<PlanCost>): CheckContext => ({ cost: { ...FITS, ...change } });

const slots = (p: PlanInput) => p.calendar!.slots!;
const dropDay = (day: number, keep: number) => (p: PlanInput) => {
  let kept = 0;
  p.calendar!.slots = slots(p).filter((s) => s.day !== day || kept++ < keep);
};
const addSlots = (day: number, n: number) => (p: PlanInput) => {
  for (let i = 0; i < n; i++)
    slots(p).push({
      id: `extra-${day}-${i}`,
      day,
      time: "15:00",
      format: "post",
      theme: "Brewing tip",
    });
};
const setLength = (id: string, length: number | null) => (p: PlanInput) => {
  const slot = slots(p).find((s) => s.id === id)!;
  slot.length = length;
};

/** Each row changes one thing in a plan that meets every standard, and says what the check must report. */
const cases: Case[] = [
  [
    "positioning-complete",
    "no slogan",
    (p) => (p.positioning!.slogan = " "),
    2 / 3,
    ["positioning.slogan"],
  ],
  [
    "positioning-complete",
    "no goal and no line",
    (p) => ((p.positioning!.goal = null), (p.positioning!.line = "")),
    1 / 3,
    ["positioning.goal", "positioning.line"],
  ],
  ["personas-complete", "no personas", (p) => (p.personas = []), 0, ["personas.none"]],
  [
    "personas-complete",
    "a persona without pains",
    (p) => (p.personas![0]!.pains = ""),
    4 / 5,
    ["personas.pains"],
  ],
  [
    "personas-complete",
    "a persona without a number",
    (p) => (p.personas![0]!.who = "Office workers downtown who love their coffee"),
    4 / 5,
    ["personas.number"],
  ],
  [
    "value-proposition",
    "no core value",
    (p) => (p.value!.core = null),
    0,
    ["value.core", "value.coreText"],
  ],
  [
    "value-proposition",
    "a core value left undescribed",
    (p) => (p.value!.core = "knowledge"),
    1 / 2,
    ["value.coreText"],
  ],
  ["community-type", "no model", (p) => (p.communityType!.model = null), 1 / 2, ["type.model"]],
  ["platform-justified", "no reason given", (p) => (p.platform!.why = ""), 1 / 2, ["platform.why"]],
  [
    "platform-justified",
    "'other' without a name",
    (p) => (p.platform!.platform = "other"),
    1 / 2,
    ["platform.choose"],
  ],
  ["rules-complete", "no banned behaviour", (p) => (p.rules!.banned = ""), 3 / 4, ["rules.banned"]],
  [
    "rules-complete",
    "no rules at all",
    (p) => (p.rules = {}),
    0,
    ["rules.threshold", "rules.speaking", "rules.banned", "rules.rewardsPenalties"],
  ],
  [
    "rules-consequences",
    "no consequence of a breach",
    (p) => (p.rules!.rewardsPenalties = "Good tips are pinned and thanked by the admin"),
    2 / 3,
    ["rules.consequence"],
  ],
  [
    "rules-consequences",
    "nobody who enforces them",
    (p) =>
      (p.rules!.rewardsPenalties = "Good tips are pinned and thanked; advertisers are removed"),
    2 / 3,
    ["rules.enforcer"],
  ],
  [
    "rules-short",
    "a part left as a placeholder",
    (p) => (p.rules!.banned = "TBD"),
    0,
    ["rules.writeFirst"],
  ],
  [
    "rules-short",
    "twelve rules",
    (p) =>
      (p.rules!.speaking = Array.from({ length: 12 }, (_, i) => `Rule number ${i + 1}`).join("\n")),
    1 / 2,
    ["rules.tooMany"],
  ],
  ["seed-users", "zero seed users", (p) => (p.coldStart!.seedCount = 0), 2 / 3, ["cold.seedCount"]],
  [
    "invitation-message",
    "no ask",
    (p) =>
      (p.coldStart!.invitation =
        "Hi Ann, you're one of our most loyal regulars, so you'll taste the new beans before anyone else this spring."),
    2 / 3,
    ["cold.ask"],
  ],
  [
    "invitation-message",
    "longer than a screen",
    (p) =>
      (p.coldStart!.invitation = `${p.coldStart!.invitation} ${"More about us. ".repeat(100)}`),
    2 / 3,
    ["cold.invitationLong"],
  ],
  ["invitation-message", "none", (p) => (p.coldStart!.invitation = ""), 0, ["cold.invitation"]],
  [
    "first-week",
    "two days planned",
    (p) =>
      (p.coldStart!.firstWeek =
        "Opening night: welcome each member by name and ask everyone to introduce themselves. Day 1: a brewing quiz for everyone."),
    1 / 2,
    ["cold.firstWeekDays"],
  ],
  [
    "first-week",
    "no welcome",
    (p) =>
      (p.coldStart!.firstWeek =
        "Day 1: a brewing quiz. Day 2: a tasting poll. Day 3: photos of your cup. Day 5: a barista Q&A for half an hour."),
    1 / 2,
    ["cold.firstWeekWelcome"],
  ],
  [
    "ice-breakers",
    "first posts not answered",
    (p) => (p.coldStart!.answerFirstPosts = false),
    1 / 2,
    ["cold.firstReply"],
  ],
  ["posts-per-weekday", "2 posts on Monday", dropDay(0, 2), 4 / 5, ["content.tooFewPosts"]],
  ["posts-per-weekday", "6 posts on Friday", addSlots(4, 3), 4 / 5, ["content.tooManyPosts"]],
  ["posts-per-weekday", "5 posts on Tuesday is still fine", addSlots(1, 2), 1, []],
  [
    "posts-per-weekday",
    "a placeholder theme does not count as an item",
    (p) => (slots(p).find((s) => s.id === "m3")!.theme = "待定"),
    4 / 5,
    ["content.tooFewPosts", "content.theme"],
  ],
  [
    "posts-per-weekday",
    "an empty calendar",
    (p) => (p.calendar!.slots = []),
    0,
    Array(5).fill("content.tooFewPosts"),
  ],
  [
    "long-post-length",
    "a 799-character long post",
    setLength("e0", 799),
    2 / 3,
    ["content.articleLength"],
  ],
  [
    "long-post-length",
    "a 1201-character long post",
    setLength("e2", 1201),
    2 / 3,
    ["content.articleLength"],
  ],
  [
    "long-post-length",
    "800 and 1200 characters are inside",
    (p) => (setLength("e0", 800)(p), setLength("e2", 1200)(p)),
    1,
    [],
  ],
  [
    "long-post-length",
    "a long post without a length",
    setLength("e4", null),
    2 / 3,
    ["content.articleNoLength"],
  ],
  [
    "long-post-length",
    "no long posts at all",
    (p) => (p.calendar!.slots = slots(p).filter((s) => s.format !== "article")),
    0,
    ["content.noArticle"],
  ],
  ["video-length", "a 4-minute video", setLength("e1", 4), 1 / 2, ["content.videoLength"]],
  ["video-length", "a 3-minute video is fine", setLength("e1", 3), 1, []],
  [
    "video-length",
    "a video without a length",
    setLength("e3", null),
    1 / 2,
    ["content.videoNoLength"],
  ],

  [
    "peak-hours",
    "no peak window",
    (p) => (p.calendar!.peakFrom = null),
    0,
    ["content.peakWindow", "content.peakSlot"],
  ],
  [
    "peak-hours",
    "key content outside the window",
    (p) => ((p.calendar!.peakFrom = "06:00"), (p.calendar!.peakTo = "07:00")),
    1 / 2,
    ["content.peakSlot"],
  ],
  ["ugc-plan", "no co-creation", (p) => (p.calendar!.ugc = ""), 0, ["content.ugc"]],
  [
    "content-review",
    "legal missing",
    (p) => p.contentReview!.steps!.pop(),
    2 / 3,
    ["review.missing"],
  ],
  [
    "content-review",
    "legal before the brand manager",
    (p) => p.contentReview!.steps!.reverse(),
    2 / 3,
    ["review.order"],
  ],
  [
    "content-review",
    "no review",
    (p) => (p.contentReview!.steps = []),
    0,
    ["review.missing", "review.missing", "review.missing"],
  ],
  [
    "recurring-events",
    "one monthly event only",
    (p) => (p.events = p.events!.slice(1)),
    1 / 3,
    ["events.two", "events.weekly"],
  ],
  [
    "recurring-events",
    "no events",
    (p) => (p.events = []),
    0,
    ["events.none", "events.two", "events.weekly"],
  ],
  [
    "event-follow-up",
    "an event without follow-up",
    (p) => (p.events![1]!.followUp = ""),
    1 / 2,
    ["events.followUp"],
  ],
  [
    "feedback-48h",
    "answered in 49 hours",
    (p) => (p.feedback!.responseHours = 49),
    1 / 2,
    ["feedback.hoursSlow"],
  ],
  [
    "feedback-48h",
    "48 hours is within the standard",
    (p) => (p.feedback!.responseHours = 48),
    1,
    [],
  ],
  [
    "feedback-48h",
    "no response time",
    (p) => (p.feedback!.responseHours = null),
    1 / 2,
    ["feedback.hoursMissing"],
  ],
  [
    "segment-tiers",
    "two tiers",
    (p) => (p.segmentation!.tiers = p.segmentation!.tiers!.slice(0, 2)),
    2 / 3,
    ["segments.fewTiers"],
  ],
  [
    "segment-tiers",
    "a tier without care",
    (p) => (p.segmentation!.tiers![0]!.detail = ""),
    3 / 4,
    ["segments.tier"],
  ],
  ["points-badges", "no badges", (p) => (p.segmentation!.badges = []), 1 / 2, ["segments.badges"]],
  [
    "core-roles",
    "no core roles",
    (p) => (p.segmentation!.coreRoles = []),
    0,
    ["segments.coreRoles"],
  ],
  ["dormant-wake-up", "no wake-up", (p) => (p.segmentation!.wakeUp = ""), 0, ["segments.wakeUp"]],
  [
    "referral-tiers",
    "cash per head",
    (p) => (p.referral!.mode = "per-head"),
    2 / 3,
    ["referral.perHead"],
  ],
  ["referral-tiers", "referral off", (p) => (p.referral!.mode = "off"), 2 / 3, ["referral.off"]],
  [
    "referral-tiers",
    "one tier",
    (p) => (p.referral!.tiers = p.referral!.tiers!.slice(0, 1)),
    1 / 3,
    ["referral.tiers"],
  ],
  [
    "referral-tiers",
    "thresholds falling",
    (p) => p.referral!.tiers!.reverse(),
    2 / 3,
    ["referral.rising"],
  ],
  [
    "anti-cheat",
    "anti-cheat off",
    (p) => (p.referral!.antiCheat = false),
    2 / 3,
    ["referral.antiCheat"],
  ],
  [
    "anti-cheat",
    "one kind of measure",
    (p) =>
      (p.referral!.antiCheatMeasures =
        "An invite counts only after the newcomer's first purchase in a store"),
    2 / 3,
    ["referral.antiCheatKinds"],
  ],
  [
    "monetization-model",
    "no model",
    (p) => (p.monetization!.model = "none"),
    1 / 2,
    ["money.model"],
  ],
  [
    "monetization-after-value",
    "selling from week 7",
    (p) => (p.monetization!.fromWeek = 7),
    1 / 2,
    ["money.tooEarly"],
  ],
  [
    "monetization-after-value",
    "week 8 is soon enough",
    (p) => (p.monetization!.fromWeek = 8),
    1,
    [],
  ],
  [
    "monetization-after-value",
    "no value named",
    (p) => (p.monetization!.valueFirst = ""),
    1 / 2,
    ["money.valueFirst"],
  ],

  [
    "monitoring-24h",
    "monitoring 16 hours",
    (p) => (p.risk!.monitoringHours = 16),
    1 / 2,
    ["risk.monitoring"],
  ],
  [
    "crisis-30min",
    "responding in 31 minutes",
    (p) => (p.risk!.responseMinutes = 31),
    0,
    ["risk.responseSlow"],
  ],
  [
    "crisis-30min",
    "no response time",
    (p) => (p.risk!.responseMinutes = null),
    0,
    ["risk.responseMissing"],
  ],
  [
    "crisis-30min",
    "15 minutes is within the standard",
    (p) => (p.risk!.responseMinutes = 15),
    1,
    [],
  ],
  [
    "sensitive-words",
    "machine only",
    (p) => (p.risk!.sensitiveHuman = false),
    2 / 3,
    ["risk.human"],
  ],
  [
    "escalation-tiers",
    "one level",
    (p) => (p.risk!.escalation = p.risk!.escalation!.slice(0, 1)),
    1 / 2,
    ["risk.fewLevels"],
  ],
  [
    "escalation-tiers",
    "a level without action",
    (p) => (p.risk!.escalation![1]!.action = ""),
    1 / 2,
    ["risk.level"],
  ],
  [
    "holding-statement",
    "no time for the next update",
    (p) =>
      (p.risk!.holdingStatement =
        "We've seen the posts about the cold brew and have paused its sale while we check the batch. If you bought one, message Fang Min directly."),
    3 / 4,
    ["risk.statementUpdate"],
  ],
  [
    "holding-statement",
    "blaming the member",
    (p) =>
      (p.risk!.holdingStatement =
        "We've seen the posts. The member used it wrong, but we are checking the batch anyway and will post an update here by 6 pm today."),
    3 / 4,
    ["risk.statementBlame"],
  ],
  [
    "response-timeline",
    "the statement posted at minute 45",
    (p) => (p.risk!.timeline![2]!.minute = 45),
    1 / 3,
    ["risk.timelineLate", "risk.timelineStatement"],
  ],
  [
    "response-timeline",
    "two steps",
    (p) => (p.risk!.timeline = p.risk!.timeline!.slice(0, 2)),
    1 / 3,
    ["risk.timelineFew", "risk.timelineStatement"],
  ],
  [
    "response-timeline",
    "steps out of order",
    (p) => p.risk!.timeline!.reverse(),
    2 / 3,
    ["risk.timelineOrder"],
  ],
  [
    "copyright-register",
    "no register",
    (p) => (p.risk!.copyrightRegister = false),
    1 / 2,
    ["risk.copyright"],
  ],
  [
    "kpis-measurable",
    "a KPI without a deadline",
    (p) => (p.kpis![1]!.deadlineWeek = null),
    2 / 3,
    ["kpi.vague"],
  ],
  [
    "kpis-measurable",
    "a KPI without a number",
    (p) => (p.kpis![0]!.target = null),
    2 / 3,
    ["kpi.vague"],
  ],
  [
    "kpis-measurable",
    "an unnamed 'other' metric",
    (p) => (p.kpis![2]!.metric = "other"),
    2 / 3,
    ["kpi.vague"],
  ],
  [
    "kpis-measurable",
    "a KPI without a baseline",
    (p) => (p.kpis![1]!.baseline = null),
    2 / 3,
    ["kpi.vague"],
  ],
  [
    "kpis-measurable",
    "a target that stays at the baseline",
    (p) => (p.kpis![2]!.target = 10),
    2 / 3,
    ["kpi.noMove"],
  ],
  ["kpis-measurable", "two KPIs", (p) => (p.kpis = p.kpis!.slice(0, 2)), 2 / 3, ["kpi.few"]],
  [
    "kpi-coverage",
    "no activity metric",
    (p) => (p.kpis = p.kpis!.filter((k) => k.metric !== "stickiness")),
    2 / 3,
    ["kpi.activity"],
  ],
  [
    "kpi-coverage",
    "no outcome metric",
    (p) => (p.kpis = p.kpis!.filter((k) => k.metric !== "nps")),
    2 / 3,
    ["kpi.outcome"],
  ],
  ["kpi-review", "no review rhythm", (p) => (p.kpiReview = ""), 0, ["kpi.review"]],
  [
    "lifecycle-stages",
    "decline not planned",
    (p) => (p.lifecycle!.decline = ""),
    3 / 4,
    ["lifecycle.decline"],
  ],
  [
    "team-roles",
    "a member without hours",
    (p) => (p.team!.members![1]!.hoursPerWeek = 0),
    1 / 2,
    ["team.hours"],
  ],
  ["team-roles", "no team", (p) => (p.team!.members = []), 0, ["team.none"]],
  [
    "sops",
    "no crisis SOP",
    (p) => (p.team!.sops = p.team!.sops!.slice(0, 1)),
    1 / 2,
    ["team.sopCrisis"],
  ],
  [
    "workload-fits",
    "the busiest four weeks need more than the team's hours",
    () => {},
    1 / 2,
    ["workload.hours"],
    cost({ busiestHours: 21.1, hoursFit: false }),
  ],
  [
    "workload-fits",
    "the money runs short from week 9",
    () => {},
    1 / 2,
    ["workload.money"],
    cost({ moneyShortFrom: 9, moneyFit: false }),
  ],
  [
    "workload-fits",
    "both overrun",
    () => {},
    0,
    ["workload.hours", "workload.money"],
    cost({ hoursFit: false, moneyShortFrom: 3, moneyFit: false }),
  ],
  [
    "workload-fits",
    "the engine still loading",
    () => {},
    0,
    ["workload.pending"],
    { cost: "pending" },
  ],
  ["workload-fits", "no scenario to run in", () => {}, 0, ["workload.noRun"], { cost: null }],
  ["workload-fits", "nobody worked out the cost", () => {}, 0, ["workload.noRun"], {}],
];

describe("a plan that meets every standard", () => {
  const plan = fullPlan();
  it.each(CHECK_IDS)("passes %s in full", (id) => {
    expect(CHECKS[id](plan, { cost: FITS })).toEqual({ ratio: 1, issues: [] });
  });
});

describe.each(cases)("%s: %s", (id, _what, change, ratio, keys, ctx = { cost: FITS }) => {
  const result = runCheck(id, fullPlan(change), ctx);
  it(`meets ${Math.round(ratio * 100)}% and reports ${keys.join(", ") || "nothing"}`, () => {
    expect(result.ratio).toBeCloseTo(ratio, 6);
    expect(result.issues.map((i) => i.key)).toEqual(keys);
  });
  it("points every issue at a field of the plan", () => {
    for (const issue of result.issues) expect(issue.field).toMatch(/^[a-zA-Z]+(\.[\w-]+)*$/);
  });
});

describe("coverage of the table", () => {
  it.each(CHECK_IDS)("%s has at least one failing case", (id) => {
    expect(cases.some(([check, , , ratio]) => check === id && ratio < 1)).toBe(true);
  });
});

describe("a blank plan", () => {
  const plan = emptyPlan();
  const vacuous = new Set<CheckId>(["video-length", "monetization-after-value"]);
  it.each(CHECK_IDS.filter((id) => !vacuous.has(id)))("fails %s and says what to fix", (id) => {
    const result: CheckResult = CHECKS[id](plan);
    expect(result.ratio).toBeLessThan(0.5);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.notApplicable).toBeUndefined();
  });
});

describe("a standard with nothing to judge does not apply, rather than passing", () => {
  it.each([
    [
      "video-length",
      "no videos",
      (p: PlanInput) => (p.calendar!.slots = slots(p).filter((s) => s.format !== "video")),
      "noVideo",
    ],
    [
      "monetization-after-value",
      "nothing sold",
      (p: PlanInput) => (p.monetization = { model: "none" }),
      "nothingSold",
    ],
  ] as const)("%s with %s", (id, _what, change, reason) => {
    expect(CHECKS[id](fullPlan(change))).toEqual({ ratio: 1, issues: [], notApplicable: reason });
    expect(CHECKS[id](emptyPlan()).notApplicable).toBe(reason);
  });
});

describe("peak windows", () => {
  it.each([
    ["20:30", "20:00", "22:00", true],
    ["22:00", "20:00", "22:00", true],
    ["22:01", "20:00", "22:00", false],
    ["23:30", "21:00", "01:00", true],
    ["00:30", "21:00", "01:00", true],
    ["12:00", "21:00", "01:00", false],
  ] as const)("%s in %s–%s is %s", (time, from, to, inside) => {
    expect(inWindow(time, from, to)).toBe(inside);
  });
});

it("an unknown check id meets nothing and says nothing", () => {
  expect(runCheck("no-such-check", fullPlan())).toEqual({ ratio: 0, issues: [] });
});
