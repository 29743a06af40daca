/**
 * The closed lists of words about a community that the engine, the schemas and the pages share:
 * lifecycle stages, platforms, community types. Plain constants, so that anything may import them.
 */

/** The four lifecycle stages (module 12, seed 003), in the order a community lives them. */
export const STAGES = ["start", "growth", "maturity", "decline"] as const;
export type Stage = (typeof STAGES)[number];

/** The platforms the growth engine models (a scenario's and a case community's). */
export const PLATFORMS = ["wechat", "discord", "zsxq", "xiaohongshu"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The four community types of module 1 (seed 004), by what holds members together. */
export const COMMUNITY_TYPES = ["geographic", "interest", "professional", "brand"] as const;
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

/** Where a scenario's community lives: "cn" feels the Spring Festival slump fully, "intl" slightly. */
export const REGIONS = ["cn", "intl"] as const;
export type Region = (typeof REGIONS)[number];

/** Currencies of a scenario's money figures. */
export const CURRENCIES = ["CNY", "USD"] as const;
export type Currency = (typeof CURRENCIES)[number];
