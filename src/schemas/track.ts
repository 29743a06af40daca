import { z } from "astro/zod";
import { LocalizedSchema, TrackSchema } from "./common";

const ModuleNumberSchema = z.number().int().min(0).max(99);

/** The first and last module of every track: orientation and the capstone. */
export const FIRST_MODULE = 0;
export const CAPSTONE_MODULE = 14;

/** One entry of content/tracks.yaml: an audience track of seed 004 and its suggested path. */
export const TrackInfoSchema = z
  .object({
    /** One of the four fixed track ids; also the entry id in the collection. */
    id: TrackSchema,
    /** The track's name, e.g. "新入行运营" / "Newcomer to the job". */
    name: LocalizedSchema,
    /** One or two sentences: who this learner is and what they need. */
    who: LocalizedSchema,
    /** What the path emphasises, in a sentence. */
    focus: LocalizedSchema,
    /** Module numbers in the suggested order; starts with orientation (0) and ends with the capstone (14). */
    path: z.array(ModuleNumberSchema).min(2),
    /** Module numbers whose assignments the track's certificate requires; each is on the path. */
    required: z.array(ModuleNumberSchema).min(1),
  })
  .superRefine((track, ctx) => {
    if (track.path[0] !== FIRST_MODULE) {
      ctx.addIssue({
        code: "custom",
        path: ["path"],
        message: `a path starts with module ${FIRST_MODULE}`,
      });
    }
    if (track.path[track.path.length - 1] !== CAPSTONE_MODULE) {
      ctx.addIssue({
        code: "custom",
        path: ["path"],
        message: `a path ends with module ${CAPSTONE_MODULE}`,
      });
    }
    if (new Set(track.path).size !== track.path.length) {
      ctx.addIssue({ code: "custom", path: ["path"], message: "a path lists each module once" });
    }
    if (new Set(track.required).size !== track.required.length) {
      ctx.addIssue({
        code: "custom",
        path: ["required"],
        message: "required lists each module once",
      });
    }
    for (const n of track.required) {
      if (!track.path.includes(n)) {
        ctx.addIssue({
          code: "custom",
          path: ["required"],
          message: `required module ${n} is not on the path`,
        });
      }
    }
  });
export type TrackInfo = z.infer<typeof TrackInfoSchema>;
