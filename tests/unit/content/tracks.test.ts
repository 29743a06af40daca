import { describe, expect, it } from "vitest";
import { TrackInfoSchema } from "../../../src/schemas/track";
import { ModuleSchema } from "../../../src/schemas/module";
import { readModules, readYaml } from "./content-files";

const tracks = TrackInfoSchema.array().parse(readYaml("content/tracks.yaml"));
const modules = readModules().map((m) => ({ ...m, data: ModuleSchema.parse(m.frontmatter) }));
const prerequisitesOf = new Map(
  modules.filter((m) => m.lang === "zh-cn").map((m) => [m.data.number, m.data.prerequisites]),
);
const CAPSTONE = 14;

describe("audience tracks", () => {
  it("are the four tracks of seed 004, each once", () => {
    expect(tracks.map((t) => t.id).sort()).toEqual(["founder", "manager", "newcomer", "offline"]);
  });

  it.each(tracks.map((t) => [t.id, t] as const))(
    "%s: a path from 0 to 14 through real modules",
    (_id, track) => {
      const numbers = new Set(modules.map((m) => m.data.number));
      expect(track.path[0]).toBe(0);
      expect(track.path.at(-1)).toBe(14);
      for (const n of track.path) expect(numbers).toContain(n);
      for (const n of track.required) expect(track.path).toContain(n);
    },
  );

  it.each(tracks.map((t) => [t.id, t] as const))(
    "%s: every module on the path comes after its prerequisites",
    (_id, track) => {
      const early = track.path.flatMap((n, i) =>
        (prerequisitesOf.get(n) ?? [])
          .filter((p) => !track.path.slice(0, i).includes(p))
          .map((p) => `module ${n} before its prerequisite ${p}`),
      );
      expect(early).toEqual([]);
    },
  );

  it.each(tracks.map((t) => [t.id, t] as const))(
    "%s: the path holds every module the capstone requires",
    (_id, track) => {
      const missing = (prerequisitesOf.get(CAPSTONE) ?? []).filter((n) => !track.path.includes(n));
      expect(missing).toEqual([]);
    },
  );

  it("no two tracks share both a path and a set of required modules", () => {
    const shapes = tracks.map((t) => `${t.path.join(",")}|${[...t.required].sort().join(",")}`);
    expect(new Set(shapes).size).toBe(tracks.length);
  });

  it.each(modules.map((m) => [`${m.lang}/${m.id}`, m] as const))(
    "%s says it serves exactly the tracks whose path includes it",
    (_name, m) => {
      const onPath = tracks
        .filter((t) => t.path.includes(m.data.number))
        .map((t) => t.id)
        .sort();
      expect([...m.data.tracks].sort()).toEqual(onPath);
    },
  );

  it.each(modules.filter((m) => m.data.number > 0).map((m) => [`${m.lang}/${m.id}`, m] as const))(
    "%s has a note for the manager, founder and offline tracks",
    (_name, m) => {
      expect(m.data.trackNotes).toBeDefined();
    },
  );
});
