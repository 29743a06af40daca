/**
 * The course's modules and tracks in one language, as the progress and certificate islands take
 * them, and the modules' simulation assignments (the sandbox, the instructor page, the certificate).
 */
import { getCollection } from "astro:content";
import type { Assignment } from "../schemas/assignment";
import type { Lang } from "../schemas/common";
import type { ModuleInfo, TrackView } from "../progress/dashboard";
import { moduleSimulationAssignment } from "./module-assignment";
import { allModules, modulesFor, splitModuleId } from "./modules";
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

/** Every module's simulation assignment, by module id ("04-cold-start"), built from both languages. */
export async function moduleAssignments(): Promise<Record<string, Assignment>> {
  const entries = await allModules();
  const byLang = (l: Lang) => entries.filter((e) => splitModuleId(e.id).lang === l);
  const out: Record<string, Assignment> = {};
  for (const zh of byLang("zh-cn")) {
    const id = splitModuleId(zh.id).id;
    const en = byLang("en").find((e) => splitModuleId(e.id).id === id);
    const assignment = en && moduleSimulationAssignment(id, zh.data, en.data);
    if (assignment) out[id] = assignment;
  }
  return out;
}
