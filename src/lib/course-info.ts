/** The course's modules and tracks in one language, as the progress and certificate islands take them. */
import { getCollection } from "astro:content";
import type { Lang } from "../schemas/common";
import type { ModuleInfo, TrackView } from "../islands/ProgressDashboard/dashboard";
import { modulesFor, splitModuleId } from "./modules";
import { localizedPath } from "./paths";

export async function moduleInfos(lang: Lang): Promise<ModuleInfo[]> {
  return (await modulesFor(lang)).map((entry) => ({
    id: splitModuleId(entry.id).id,
    number: entry.data.number,
    title: entry.data.title,
    href: localizedPath(lang, `modules/${entry.data.slug}`),
    written: entry.data.written !== undefined,
  }));
}

/**
 * Tracks with module numbers turned into module ids. A number with no module yet keeps a
 * placeholder id "NN-module" so that requirements are never silently dropped.
 */
export async function trackViews(lang: Lang, modules: readonly ModuleInfo[]): Promise<TrackView[]> {
  const idOf = (n: number) =>
    modules.find((m) => m.number === n)?.id ?? `${String(n).padStart(2, "0")}-module`;
  const order = ["newcomer", "manager", "founder", "offline"];
  return (await getCollection("tracks"))
    .map((entry) => entry.data)
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    .map((track) => ({
      id: track.id,
      name: track.name[lang],
      who: track.who[lang],
      focus: track.focus[lang],
      path: track.path.map(idOf),
      required: track.required.map(idOf),
    }));
}
