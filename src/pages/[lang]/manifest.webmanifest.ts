import type { APIRoute } from "astro";
import { LANGS, type Lang } from "../../i18n";
import { webManifest } from "../../lib/web-manifest";

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webManifest(params.lang as Lang)), {
    headers: { "Content-Type": "application/manifest+json" },
  });
