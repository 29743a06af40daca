/**
 * Every figure the engine uses, in one place. Each says where it comes from: a seed document in
 * shared/seeds ("seed 004"), a published study, or "assumption" — a value chosen by the course
 * authors and tuned (scripts/calibrate.ts) until the default scenarios land inside the published
 * ranges listed in shared/SIM.md. Changing anything here changes results: bump MODEL_VERSION.
 *
 * Rates are weekly probabilities unless the comment says otherwise.
 */

/** Bump whenever a change here or in the engine would change any replayed number. */
export const MODEL_VERSION = "col-sim-2.0.0";

/** Members counted by platform-neutral segment, used in several tables below. */
export const SEGMENTS = ["newcomer", "ordinary", "active", "core", "dormant"] as const;
export const SOURCES = ["organic", "referral", "paid"] as const;

/** How many weeks a joiner counts as a newcomer: "joined < 4 weeks" (shared/SIM.md). */
export const NEWCOMER_WEEKS = 4;

// ─── Diffusion (joins) ──────────────────────────────────────────────────────────────────────────

/**
 * Bass diffusion. The classic meta-analysis of Bass-model fits (Sultan, Farley & Lehmann 1990)
 * averages innovation p ≈ 0.03 and imitation q ≈ 0.38 per year; converted to weeks by dividing
 * by 52 (the weekly hazard of a small yearly rate). A scenario's `reach` then says how strongly
 * the community is put in front of its market each week (assumption per scenario).
 */
export const BASS_P_WEEK = 0.03 / 52;
export const BASS_Q_WEEK = 0.38 / 52;

/**
 * Innovation needs something to find: it is scaled by visibility = voices ÷ (voices + k), where
 * voices weigh members by WORD_OF_MOUTH. With k = 20, a group of five (about 10 voices) is a third
 * as visible as an established one; a group of a few hundred is nearly fully visible (assumption).
 */
export const VISIBILITY_HALF = 20;

/**
 * Word of mouth comes from members who take part: each segment's weight as a voice for the
 * community (assumption). Silent and dormant members recommend almost nothing, so a crowd of
 * poorly fitting members adds little pull (module 4: 人多不等于群活).
 */
export const WORD_OF_MOUTH = { newcomer: 0.3, ordinary: 0.3, active: 1.6, core: 6, dormant: 0.05 };

/** Appeal of the community to a prospect: floor plus what content, contributors and events add (assumption). */
export const APPEAL = { floor: 0.45, content: 0.55, gravity: 0.35, events: 0.15 };

/** Imitation is stronger when the community has visible contributors: pull = floor + gravity (assumption). */
export const PULL_FLOOR = 0.5;

/**
 * Gravity: a community's pull grows with its contributors with diminishing returns, c / (c + k).
 * k = 25 contributors puts the half-way point near a group of ~80 people, the size at which
 * 秋叶《社群营销》 says a WeChat group "comes alive" (about a third of 80 take part).
 */
export const GRAVITY_HALF = 25;

// ─── Referral (裂变) ─────────────────────────────────────────────────────────────────────────────

/**
 * Referral invitations per inviting member per week and their conversion. Tiered rewards follow
 * seed 001/004's "3 invites → coupon, 10 → VIP"; aggressive is cash per head. Most cascades are
 * tiny (Goel, Watts & Goldstein 2012): with tiered rewards K stays well below 1. Magnitudes are
 * assumptions tuned so that aggressive rewards can push K above 1 briefly (shared/SIM.md).
 */
export const REFERRAL = {
  off: { invites: 0, conversion: 0, fakeShare: 0, fakeShareAntiCheat: 0, hours: 0, rewardShare: 0 },
  tiered: {
    invites: 0.1,
    conversion: 0.3,
    fakeShare: 0.06,
    fakeShareAntiCheat: 0.01,
    hours: 2,
    rewardShare: 0.35,
  },
  aggressive: {
    invites: 0.5,
    conversion: 0.3,
    fakeShare: 0.3,
    fakeShareAntiCheat: 0.05,
    hours: 4,
    rewardShare: 1,
  },
} as const;

/** Who invites: weight of each engaged segment as an inviter (assumption: core invite most). */
export const INVITER_WEIGHT = { newcomer: 1, ordinary: 0.3, active: 1, core: 1.5 };

/** Without money for rewards, a referral drive still works partly as a plain ask (assumption). */
export const REFERRAL_UNFUNDED_SHARE = 0.4;

/** Anti-cheat filters some real invitations too (friction of verification; assumption). */
export const ANTI_CHEAT_CONVERSION = 0.9;
export const ANTI_CHEAT_HOURS = 1.5;

/** Aggressive cash rewards bring weaker joiners: lower first-week return (assumption). */
export const AGGRESSIVE_JOINER_PENALTY = 0.08;

/**
 * Cash hunters: real people who join for the reward and not the community (module 8, seed 001's
 * warning about quality control in 裂变). A share of the non-fake referral joiners; few come back
 * after their first week and those who lapse leave; while they pass through they dilute the
 * group: regulars see strangers asking for the reward, which raises everyone's lapse and lowers
 * NPS in proportion to hunters and fake accounts per engaged member (magnitudes assumption).
 */
export const HUNTERS = {
  share: { off: 0, tiered: 0.04, aggressive: 0.4 },
  firstReturn: 0.12,
  dilutionLapse: 0.8,
  dilutionNps: 6,
  dilutionMax: 0.05,
};

/** Fake or cash-hunting accounts send spam attempts in their first week (assumption). */
export const SPAM_PER_FAKE = 2;

// ─── Paid acquisition ───────────────────────────────────────────────────────────────────────────

/** Ad spend saturates: effective = spend / (1 + spend / scenario.adSaturation) (assumption). */
export const AD_HOURS_BASE = 1;
export const AD_HOURS_PER_5000 = 1;

// ─── Newcomers ──────────────────────────────────────────────────────────────────────────────────

/**
 * First-week return. Joyce & Kraut (2006, Usenet): a newcomer whose first post gets a reply
 * returns about 56% of the time, without one about 44% — so 0.44 + 0.12 × reply coverage.
 */
export const FIRST_RETURN_BASE = 0.44;
export const FIRST_RETURN_REPLY = 0.12;
/** Posted rules help newcomers; a heavy hand slightly less (shared/SIM.md; magnitudes assumption). */
export const FIRST_RETURN_RULES = { none: 0, basic: 0.03, strict: 0.01 } as const;
/** Content, contributors and events make a first visit worth repeating (assumption). */
export const FIRST_RETURN_CONTENT = 0.08;
export const FIRST_RETURN_GRAVITY = 0.06;
export const FIRST_RETURN_EVENTS = 0.04;
/** Referral joiners came for a friend, paid joiners for an ad: weaker fit (assumption). */
export const FIRST_RETURN_SOURCE = { organic: 0, referral: -0.03, paid: -0.1 } as const;
export const FIRST_RETURN_MIN = 0.05;
export const FIRST_RETURN_MAX = 0.92;

/**
 * Newcomers who did come back still lapse more than old-timers: Arguello et al. (2006) find
 * ~28% of newcomers post again against ~72% of old-timers. Weekly lapse in weeks 2–4 (assumption
 * fitted to that gap): base, minus what replies, events and care take away.
 */
export const NEWCOMER_LAPSE = {
  base: 0.13,
  reply: 0.05,
  events: 0.03,
  care: 0.03,
  min: 0.01,
  max: 0.6,
};

/** On graduation (week 4) some newcomers are already regulars (assumption). */
export const GRADUATE_ACTIVE = { base: 0.08, ugc: 0.12, events: 0.08 };

/**
 * Seed members (module 4, seeds 001/003: 种子用户 typical of the crowd, interested, with some
 * influence, invited one to one). `seedInvites` people are invited before week 1; how well they fit
 * the persona (`seedFit`) decides how many accept, where they land and what they cost:
 * - accept: a posted QR code brings 60% of those it reaches, a personal ask 90%;
 * - hours: 0.02 h per invitee plus 0.4 × fit² h (a real conversation takes about 25 minutes);
 * - of those who join, the share fit² really fits and was asked in person (a broadcast reaches few
 *   of the people it is meant for; careful choosing finds them): 25% of them are core
 *   members from the start, 60% of the rest active, the others ordinary; the remainder arrived on
 *   a QR code and are plain newcomers;
 * - a blast also lets in ad accounts: (1 − fit) × 6% of those who join (magnitudes assumption).
 */
export const SEEDS = {
  acceptBase: 0.6,
  acceptFit: 0.3,
  hoursBase: 0.02,
  hoursFit: 0.4,
  core: 0.25,
  active: 0.6,
  fakes: 0.06,
  /** Seeds who do not fit joined to be polite (碍于情面): their first return is this much lower. */
  drifterReturn: 0.4,
  /**
   * About how many people who truly fit an operator can find and ask in person (module 4's
   * "twenty-odd handpicked parents"); inviting more thins the fit in proportion (assumption).
   */
  handpicked: 50,
};

/**
 * The group's norm: people copy what they see when they arrive (module 4: 后来的人进群时看到什么，
 * 就会学着做什么). The norm is a slow moving average of the share of members who take part
 * (active and core). What a newcomer meets is half that norm and half the room as it is this
 * week; against a reference share it shifts newcomers' first return (up to
 * ±`firstReturnMax`), the promotion of ordinary members to active, and regulars' lapse (a quiet
 * room is easy to fold away) (magnitudes assumption).
 */
export const NORM = {
  weight: 0.03,
  /** About the share of members who take part in a healthy group of a few hundred (assumption). */
  ref: 0.2,
  room: 0.5,
  firstReturn: 0.5,
  firstReturnMax: 0.1,
  promote: 2.5,
  promoteMin: 0.4,
  lapse: 1.5,
  lapseMin: 0.6,
};

/** Heavy moderation beyond twice what spam needs puts newcomers off (assumption). */
export const HEAVY_HAND = { perHour: 0.002, max: 0.03 };

// ─── Segments: lapse, moves, churn ──────────────────────────────────────────────────────────────

/**
 * Weekly lapse (leave or fall dormant) by segment: ordinary 4%, active 1.5%, core 1% — the
 * starting figures of shared/SIM.md. The platform's `leaveShare` splits a lapse into leaving
 * (churn) and going silent (dormant). Care, events and content lower it (assumption magnitudes).
 */
export const LAPSE = { ordinary: 0.04, active: 0.015, core: 0.01 };
export const LAPSE_CARE = 0.35;
export const LAPSE_EVENTS = 0.25;
export const LAPSE_CONTENT = 0.25;
/** Joiners from referral and ads lapse faster than organic ones (assumption). */
export const LAPSE_SOURCE = { organic: 1, referral: 1.2, paid: 1.5 } as const;
/** How much of the extra pressure (fatigue, spam, commerce, crisis) each segment feels (assumption). */
export const PRESSURE_SHARE = { newcomer: 1, ordinary: 1, active: 0.6, core: 0.35 };

/** Promotions: ordinary → active with content and events; active → core with recognition (assumption). */
export const PROMOTE_ORDINARY = { rate: 0.03, floor: 0.3, content: 1, events: 1, ugc: 0.6 };
export const PROMOTE_ACTIVE = { rate: 0.004, floor: 0.3, care: 1.2, ugc: 0.5 };
/** Demotions drift down without care (assumption). */
export const DEMOTE_ACTIVE = { rate: 0.03, care: 0.5, content: 0.3 };
export const DEMOTE_CORE = { rate: 0.02, care: 0.6 };

/** Dormant members: some clean up their group list; wake-up campaigns bring some back (assumption). */
export const DORMANT_LEAVE = 0.012;
export const WAKE = { base: 0.003, care: 0.05, events: 0.01 };

/**
 * Group age. 秋叶《社群营销》: a group is said to live about two years. Past its first year a
 * community tires: extra lapse rising to `max` at two years (magnitudes assumption).
 */
export const AGE_FATIGUE = { fromWeek: 52, perYear: 0.006, max: 0.012 };

// ─── Content, events, UGC ───────────────────────────────────────────────────────────────────────

/** Content pull saturates with cadence: posts / (posts + k) (assumption). */
export const CONTENT_HALF = 2;
/** Quality weighs most of a post's value; even plain posts give a little (assumption). */
export const CONTENT_QUALITY = { floor: 0.3, weight: 0.7 };

/**
 * Fatigue past 3–5 posts a weekday (seed 004: "工作日保持每日3-5条更新"): extra lapse for each
 * post a day above `from`, growing with the square; good content tires less (magnitudes assumption).
 */
export const FATIGUE = { from: 4, linear: 0.004, square: 0.0015, qualityRelief: 0.4 };

/** Events saturate: events / (events + k); more than 3 a week starts to tire (assumption). */
export const EVENTS_HALF = 1.5;
export const EVENT_FATIGUE = { from: 3, perEvent: 0.004 };

/** Value delivered each week, added to a stock; monetization is judged against it (assumption). */
export const VALUE_MIX = { content: 0.45, events: 0.3, gravity: 0.25 };
export const VALUE_READY_HALF = 10;

// ─── Operations hours (budget) ──────────────────────────────────────────────────────────────────

/** Hours each lever costs per week (assumption, from a practitioner's estimate of the tasks). */
export const HOURS = {
  /** per post: writing and review; reviewed original content costs more (seed 004's three-level review) */
  postBase: 0.15,
  postQuality: 0.85,
  ugcBase: 3,
  ugcPerMember: 0.002,
  perEvent: 3,
  replyBase: 0.5,
  replyPerJoin: 0.06,
  rules: { none: 0, basic: 0.5, strict: 1.5 } as const,
  strictPerMember: 0.001,
  careBase: 1,
  carePerMember: 0.004,
  monetizationBase: 2,
  monetizationPerMember: 0.001,
  /** Standing ready to answer a crisis within t minutes: min(max, k / t) (24-hour monitoring, seed 004). */
  crisisStandbyK: 60,
  crisisStandbyMax: 10,
  crisisHandling: 4,
  adminBase: 1,
  adminPerMember: 0.0005,
  perExtraGroup: 0.5,
  transformWeek: 15,
  transformTail: 4,
};

/**
 * Burnout. Demanding more hours than the budget does not refuse the work: every hour-based lever
 * is carried out at budget ÷ demand, and a burnout stock (build × overload each week, draining by
 * `recover` each week) lowers quality further, up to `max` (assumption).
 */
export const BURNOUT = { build: 0.6, recover: 0.7, max: 2, alertLoad: 1.1 };

/**
 * Sustained overload drives people out of the team (module 13: moderator burnout). While the
 * burnout stock is above `from` (weeks of overload, not one heavy week), the team loses
 * `quit` × (burnout − from) of its hours each week, up to `maxLoss`; below it, the team recovers
 * `recover` a week as people are replaced (magnitudes assumption).
 */
export const TEAM = { from: 0.5, quit: 0.05, maxLoss: 0.5, recover: 0.01, alertLoss: 0.1 };

// ─── Monetization ───────────────────────────────────────────────────────────────────────────────

/**
 * Monetize only on delivered value (seeds 001/003: "变现应建立在为用户提供更深度价值的基础之上").
 * Penalty = monetization × max(0, ready − readiness − type tolerance); extra lapse and NPS loss
 * follow from it; a small commerce annoyance remains at any readiness (magnitudes assumption).
 */
export const MONETIZE = { ready: 0.7, lapse: 0.1, commerce: 0.012, revenueFloor: 0.4 };

/**
 * Members remember being sold to before they got anything (被"收割"的感觉): each week's
 * monetization penalty adds to a grievance that fades by `memory` a week (a half-life of about
 * 23 weeks) and keeps weighing on NPS and lapse long after the push (magnitudes assumption).
 */
export const GRIEVANCE = { memory: 0.97, nps: 0.08, lapse: 0.004 };

// ─── Spam and moderation ────────────────────────────────────────────────────────────────────────

/** Spam attempts a week: platform factor × (base + sqrt(members) × k) (assumption). */
export const SPAM = { base: 1.5, perSqrtMember: 0.25 };
/** Moderation hours needed to stop half the spam: base + members / k (assumption). */
export const MODERATION_NEED = { base: 0.5, perMembers: 500 };
/** Share of attempts that get through under each rule set (assumption). */
export const RULES_SPAM = { none: 1, basic: 0.7, strict: 0.45 } as const;
/** Spam load = incidents ÷ (members / 100 + k); its effects per unit (assumption). */
export const SPAM_LOAD = { offset: 5, lapse: 0.02, firstReturn: 0.1, nps: 15 };

// ─── Crisis ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Damage of a PR crisis grows with the response time t (minutes): floor + (1 − floor) × t/(t + k).
 * Seed 004 and module 10 teach starting the response within 30 minutes: at 30 min the damage is
 * about a fifth of the maximum, at 24 h about four fifths (magnitudes assumption).
 */
export const CRISIS = {
  floor: 0.15,
  half: 360,
  /** Share of each segment a crisis at full damage drives out that week. */
  leave: { newcomer: 0.12, ordinary: 0.12, active: 0.08, core: 0.04 },
  tailLapse: 0.015,
  tailWeeksPerDamage: 4,
  nps: 35,
  joins: 0.5,
};

// ─── Events (world) ─────────────────────────────────────────────────────────────────────────────

/** Weekly chances and effects of world events (assumption unless noted). */
export const EVENTS = {
  spamWave: { chance: 0.035, attemptsBase: 30, attemptsPerMember: 0.03 },
  crisis: { chance: 0.004, perMonetization: 0.03 },
  viral: { chance: 0.01, perQuality: 0.03, shareOfMarket: 0.004 },
  competitor: { chance: 0.012, weeks: 8, lapse: 0.012, joins: 0.75 },
  policy: { chance: 0.008, weeks: 6, reach: 0.6, cac: 1.5, dau: 0.9 },
  /**
   * Spring Festival (春节): activity and joins slump for two weeks. Fixed weeks 5–6 of the year
   * (late January to mid February; the lunar date moves, the simulation does not).
   */
  spring: {
    weeks: [5, 6],
    dau: 0.6,
    wau: 0.8,
    joins: 0.6,
    intlDau: 0.92,
    intlWau: 0.96,
    intlJoins: 0.9,
  },
  /** Magnitudes vary from 0.6× to 1.4× */
  magnitudeMin: 0.6,
  magnitudeSpan: 0.8,
};

// ─── Transformation (module 12) ─────────────────────────────────────────────────────────────────

/** Effects of `transform` (seed 003: adjust products and services, new cooperation, reform; assumption magnitudes). */
export const TRANSFORM = {
  cooldown: 8,
  boostWeeks: 8,
  theme: { wake: 0.12, content: 0.15, demoteCore: 0.03 },
  model: { promote: 1.5, tolerance: 0.2, coreLeave: 0.05 },
  crowd: { market: 0.5, reach: 1.5, lapse: 0.02, lapseWeeks: 4 },
};

// ─── Activity and participation ─────────────────────────────────────────────────────────────────

/**
 * Chance a member of each segment visits on a day, in a week, in a month (assumption, chosen so
 * that DAU/MAU lands between 10% and 50%: above 20% is good, 50% exceptional, consumer apps ≈ 30%
 * — the stickiness benchmarks in shared/SIM.md).
 */
export const VISIT = {
  day: { newcomer: 0.25, ordinary: 0.08, active: 0.4, core: 0.75, dormant: 0.004 },
  week: { newcomer: 0.75, ordinary: 0.4, active: 0.9, core: 0.98, dormant: 0.02 },
  month: { newcomer: 0.95, ordinary: 0.75, active: 1, core: 1, dormant: 0.08 },
};
/** Events and good content bring people back more often (assumption). */
export const ACTIVITY = { events: 0.15, content: 0.1 };

/**
 * Participation inequality: Nielsen's 90-9-1 and van Mierlo (2014, top 1% ≈ 75% of posts in
 * health communities). Share of each segment that contributes, and posts per member per day; core
 * members are ~1–2% of members and write most posts (assumption within those figures).
 */
export const CONTRIBUTE = { newcomer: 0.08, ordinary: 0.04, active: 0.6, core: 1, ugc: 0.5 };
export const POSTS_PER_MEMBER = { newcomer: 0.03, ordinary: 0.01, active: 0.15, core: 7 };
export const POSTS_UGC = 0.6;
export const POSTS_EVENTS = 0.2;
/** Messages per post (replies) and chat per daily visitor (assumption). */
export const MESSAGES = { perPost: 4, perVisitor: 1.5, perEvent: 20 };

/**
 * NPS = % promoters − % detractors (module 11). Base shares by segment (assumption), shifted by
 * content, events, care and pressures; dormant members answer surveys less.
 */
export const NPS = {
  promoters: { newcomer: 0.3, ordinary: 0.3, active: 0.5, core: 0.7, dormant: 0.1 },
  detractors: { newcomer: 0.15, ordinary: 0.2, active: 0.1, core: 0.05, dormant: 0.3 },
  dormantWeight: 0.2,
  content: 0.25,
  events: 0.1,
  care: 0.15,
  monetize: 1,
  commerce: 0.04,
  fatigue: 4,
  burnout: 0.05,
  maxShift: 0.8,
};

// ─── Lifecycle stage (seeds 001/003, module 12) ─────────────────────────────────────────────────

/** Stage rules of shared/SIM.md; the smoothing weight of the growth EMA is an assumption. */
export const STAGE = {
  emaWeight: 0.4,
  startContributors: 10,
  growth: 0.02,
  growthWeeks: 3,
  growthWindow: 4,
  matureBand: 0.02,
  matureWeeks: 6,
  decline: -0.01,
  declineWeeks: 4,
  wauOfPeak: 0.8,
  /** WAU is averaged over this many weeks before comparing with its peak. */
  wauWindow: 4,
  minWeeks: 2,
  /**
   * Revival (module 12): a declining community leaves decline when its smoothed WAU is back above
   * `wauOfPeak` of the peak, or has risen in `riseWeeks` of the last `riseWindow` weeks and stands
   * `revival` above its lowest point since the decline began. Then the old peak no longer counts.
   */
  riseWeeks: 5,
  riseWindow: 6,
  revival: 1.2,
};

/** Pooled cohort retention: cohorts whose snapshot was taken in the last k weeks (assumption, smooths small groups). */
export const RETENTION_POOL_WEEKS = 4;

// ─── Platforms (module 1; seed 004's platform traits) ──────────────────────────────────────────

export interface PlatformParams {
  /** Multiplies diffusion: how visible the community is to its market. */
  reach: number;
  /** Members a group holds (秋叶: a WeChat group holds 500); 0 = no cap. */
  groupSize: number;
  /** Join friction past 40 (invitees must accept) and 100 members (identity check) in a group. */
  friction: { past40: number; past100: number } | null;
  /** Share of joins that pass a paywall (知识星球). */
  paywall: number;
  /** Bond strength: lapse is divided by it. */
  bond: number;
  /** Share of lapses that leave rather than go silent. */
  leaveShare: number;
  /** Dormant members cleaning up, relative to DORMANT_LEAVE. */
  dormantLeave: number;
  /** Spam pressure and spam-wave chance factor. */
  spam: number;
  /** Chance factor of a viral post. */
  viral: number;
  /** Daily-visit factor (WeChat folds group chats: lower open rates, seed 004). */
  dau: number;
  /** Effect on newcomers' first return. */
  newcomer: number;
}

/**
 * Platform traits (assumption magnitudes on seed 004's descriptions): WeChat groups are closed
 * and folded (low reach, low open rate, members go silent rather than leave); Discord suits
 * international and gaming groups and draws raids; 知识星球 is paid, depends on outside traffic
 * and keeps spammers out; 小红书 exposes content through its algorithm (reach, viral posts) with
 * weaker bonds; fan groups move into chat groups of 500.
 */
export const PLATFORMS: Record<"wechat" | "discord" | "zsxq" | "xiaohongshu", PlatformParams> = {
  wechat: {
    reach: 0.8,
    groupSize: 500,
    friction: { past40: 0.93, past100: 0.85 },
    paywall: 1,
    bond: 1.05,
    leaveShare: 0.35,
    dormantLeave: 0.6,
    spam: 1,
    viral: 0.7,
    dau: 0.85,
    newcomer: 0,
  },
  discord: {
    reach: 1,
    groupSize: 0,
    friction: null,
    paywall: 1,
    bond: 1,
    leaveShare: 0.5,
    dormantLeave: 1,
    spam: 1.3,
    viral: 1,
    dau: 1.15,
    newcomer: 0,
  },
  zsxq: {
    reach: 0.6,
    groupSize: 0,
    friction: null,
    paywall: 0.35,
    bond: 1.2,
    leaveShare: 0.25,
    dormantLeave: 0.5,
    spam: 0.3,
    viral: 0.5,
    dau: 0.9,
    newcomer: 0,
  },
  xiaohongshu: {
    reach: 1.6,
    groupSize: 500,
    friction: { past40: 0.93, past100: 0.85 },
    paywall: 1,
    bond: 0.9,
    leaveShare: 0.55,
    dormantLeave: 1,
    spam: 1.1,
    viral: 1.6,
    dau: 1,
    newcomer: -0.02,
  },
};

// ─── Community types (module 1; seed 004's four types) ──────────────────────────────────────────

export interface TypeParams {
  /** Bond strength: lapse is divided by it. */
  bond: number;
  /** Weight of content, events and UGC in value and moves. */
  content: number;
  events: number;
  ugc: number;
  /** Conversion factor of referral invitations. */
  referral: number;
  /** Readiness the members grant to commerce (added to readiness). */
  tolerance: number;
  /** Crisis chance factor. */
  crisis: number;
  /** Hours per event relative to HOURS.perEvent (offline meetups take longer). */
  eventHours: number;
}

/**
 * Seed 004: geographic groups have strong offline ties; interest groups live on content and
 * activities; professional groups demand expertise (content weighs more) and accept paid value;
 * brand fan groups expect perks and commerce but draw public criticism (assumption magnitudes).
 */
export const TYPES: Record<"geographic" | "interest" | "professional" | "brand", TypeParams> = {
  geographic: {
    bond: 1.15,
    content: 0.9,
    events: 1.2,
    ugc: 1,
    referral: 1.3,
    tolerance: -0.1,
    crisis: 0.8,
    eventHours: 1.3,
  },
  interest: {
    bond: 1,
    content: 1,
    events: 1,
    ugc: 1.2,
    referral: 1,
    tolerance: 0,
    crisis: 1,
    eventHours: 1,
  },
  professional: {
    bond: 1.05,
    content: 1.3,
    events: 1,
    ugc: 1,
    referral: 0.9,
    tolerance: 0.2,
    crisis: 0.8,
    eventHours: 1,
  },
  brand: {
    bond: 0.95,
    content: 1,
    events: 1,
    ugc: 0.8,
    referral: 1.1,
    tolerance: 0.25,
    crisis: 1.3,
    eventHours: 1,
  },
};

/**
 * Binomial draws: an exact Bernoulli loop up to this n (never more uniforms than the normal
 * approximation's 12); exact inversion when the mean on either side is below this; otherwise the
 * normal approximation (src/sim/rng.ts).
 */
export const BINOMIAL_EXACT_N = 12;
export const BINOMIAL_INVERSION_MEAN = 10;
