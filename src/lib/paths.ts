import type { Lang } from "../schemas/common";

/** A site path in a language: localizedPath("en", "modules/cold-start") → "/en/modules/cold-start/". */
export function localizedPath(lang: Lang, rest = ""): string {
  const trimmed = rest.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${lang}/${trimmed}/` : `/${lang}/`;
}

/** The same page in another language: swaps the first path segment, keeps query and hash. */
export function switchLangPath(pathname: string, to: Lang): string {
  const parts = pathname.split("/");
  if (parts[1] === "zh-cn" || parts[1] === "en") parts[1] = to;
  else return localizedPath(to);
  return parts.join("/");
}

/** The other language of the two. */
export function otherLang(lang: Lang): Lang {
  return lang === "zh-cn" ? "en" : "zh-cn";
}

/** The BCP 47 tag for the html lang attribute. */
export function htmlLang(lang: Lang): string {
  return lang === "zh-cn" ? "zh-CN" : "en";
}

/** The site's address for a path, for links search engines read (canonical, hreflang). */
export function absoluteUrl(pathname: string, site: URL | undefined): string {
  return site ? new URL(pathname, site).href : pathname;
}
