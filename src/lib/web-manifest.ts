import { useT, type Lang } from "../i18n";
import { htmlLang, localizedPath } from "./paths";

/** The page background of each theme (src/styles/global.css `--bg`), for the browser's bars. */
export const THEME_COLORS = { light: "#fbfaf7", dark: "#15171a" } as const;

/**
 * The web app manifest in one language. Each language has its own: an installed course is named
 * and opens in the language it was installed from (a manifest has one name and one start page;
 * its translations member is a proposal no browser reads). Both share the whole site as scope,
 * so the language switch stays inside the installed app. Icons are SVG (no raster images are
 * built): the round logo, and a full-bleed one that platforms may crop to their own shape.
 */
export function webManifest(lang: Lang) {
  const t = useT(lang);
  return {
    id: localizedPath(lang),
    name: t("site.name"),
    short_name: t("app.shortName"),
    description: t("site.description"),
    lang: htmlLang(lang),
    dir: "ltr",
    start_url: localizedPath(lang),
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: [
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon-maskable.svg", sizes: "any", type: "image/svg+xml", purpose: "maskable" },
    ],
  };
}
