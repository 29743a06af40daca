import { pickStrings, type Lang } from "../../i18n";
import type { Strings } from "../../i18n/t";
import { widgetLang } from "./widgetLang";

/** The exercise widgets an MDX module may place, by their string namespace (`widget.<name>.`). */
export type WidgetName =
  | "calendarChecker"
  | "crisisDrill"
  | "funnelCalculator"
  | "lifecycleIdentifier"
  | "npsCalculator"
  | "platformPicker"
  | "referralDesigner"
  | "ritualDesigner"
  | "segmentSorter";

/**
 * What every widget island is given: the page language, its strings (its own namespace and the
 * common one), and its name as the scope of the ids it makes (src/islands/widgets/island.tsx), so
 * that two widgets on one page never share an id. `page` is the wrapper's `Astro` global.
 */
export function widgetProps(
  page: { currentLocale: string | undefined; url: URL },
  name: WidgetName,
): { lang: Lang; strings: Strings; idScope: string } {
  const lang = widgetLang(page.currentLocale, page.url);
  return {
    lang,
    strings: pickStrings(lang, `widget.${name}.`, "widget.common."),
    idScope: name,
  };
}
