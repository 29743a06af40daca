/** Everything an MDX module may use. The module page passes these as MDX components. */
export { default as Callout } from "./Callout.astro";
export { default as KeyFigures } from "./KeyFigures.astro";
export { default as Case } from "./Case.astro";
export { default as Term } from "./Term.astro";
export { default as FunnelCalculator } from "./FunnelCalculator.astro";
export { default as ReferralDesigner } from "./ReferralDesigner.astro";
export { default as CalendarChecker } from "./CalendarChecker.astro";
export { default as NpsCalculator } from "./NpsCalculator.astro";
export { default as SegmentSorter } from "./SegmentSorter.astro";
export { default as CrisisDrill } from "./CrisisDrill.astro";
export { default as LifecycleIdentifier } from "./LifecycleIdentifier.astro";
export { default as PlatformPicker } from "./PlatformPicker.astro";
export { default as RitualDesigner } from "./RitualDesigner.astro";
export { default as GrowthSandbox } from "./GrowthSandbox.astro";
export { default as Rule } from "./Rule.astro";
export { default as RuleTable } from "./RuleTable.astro";
export { default as TrackPaths } from "./TrackPaths.astro";
