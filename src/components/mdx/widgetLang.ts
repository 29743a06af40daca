import { isLang, type Lang } from "../../i18n";

/** The page language for a widget wrapper: Astro's current locale, else the URL's first segment. */
export function widgetLang(currentLocale: string | undefined, url: URL): Lang {
  if (isLang(currentLocale)) return currentLocale;
  const first = url.pathname.split("/")[1];
  return isLang(first) ? first : "zh-cn";
}
