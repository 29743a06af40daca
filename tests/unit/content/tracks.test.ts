import { describe, expect, it } from "vitest";
import { TrackInfoSchema } from "../../../src/schemas/track";
import { ModuleSchema } from "../../../src/schemas/module";
import { readModules, readYaml } from "./content-files";

const tracks = TrackInfoSchema.array().parse(readYaml("content/tracks.yaml"));
const modules = readModules().map((m) => ({ ...m, data: ModuleSchema.parse(m.frontmatter) }));

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
});
