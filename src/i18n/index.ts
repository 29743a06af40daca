import zhCn from "./zh-cn.json";
import en from "./en.json";
import { makeT, type Strings } from "./t";
import { LANGS, type Lang } from "../vocabulary/course";

export { format, makeT, type Strings } from "./t";
export { LANGS, type Lang };

const dictionaries: Record<Lang, Strings> = { "zh-cn": zhCn, en };

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The translator for a language, for Astro components (server side only). */
export function useT(lang: Lang) {
  return makeT(dictionaries[lang]);
}

/**
 * The strings under the given prefixes, passed to an island as a prop so that islands never
 * bundle whole dictionaries.
 */
export function pickStrings(lang: Lang, ...prefixes: string[]): Strings {
  return Object.fromEntries(
    Object.entries(dictionaries[lang]).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );
}

/** A whole dictionary (tests and build-time checks). */
export function dictionary(lang: Lang): Strings {
  return dictionaries[lang];
}
