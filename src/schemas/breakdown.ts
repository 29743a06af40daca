import { z } from "astro/zod";
import { SlugSchema } from "./common";

/** What kind of public source a breakdown rests on; the page says which. */
export const SOURCE_KINDS = ["company", "filing", "book", "press", "industry"] as const;

export const BreakdownSourceSchema = z.object({
  /** The source as a reader would look it up: title, publisher or outlet, date. */
  title: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  /** An address the course read the source at, when there is one. */
  url: z.string().url().optional(),
});

export const BreakdownFigureSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  /**
   * `confirmed`: the company's own statement or a filing, read by the course. `unconfirmed`: only
   * reported by others; the page marks it, and the body never states it as fact.
   */
  status: z.enum(["confirmed", "unconfirmed"]),
  /** Index into `sources` of where the figure comes from. */
  source: z.number().int().min(0),
});

/**
 * Frontmatter of content/breakdowns/<lang>/<id>.mdx: a short, sourced case note on a real
 * community, beside the course's fictional cases.
 */
export const BreakdownSchema = z
  .object({
    /** The same in both languages and equal to the file name. */
    id: SlugSchema,
    name: z.string().min(1),
    /** Where the community lived, e.g. "MIUI 论坛" / "the MIUI forum". */
    platform: z.string().min(1),
    /** The years the note covers, e.g. "2010–2011". */
    period: z.string().min(1),
    /** One or two sentences for the card and the page header. */
    summary: z.string().min(1),
    sources: z.array(BreakdownSourceSchema).min(1),
    figures: z.array(BreakdownFigureSchema).default([]),
    /** Modules whose frameworks the note applies, in course order. */
    modules: z.array(z.number().int().min(0).max(99)).min(1),
  })
  .superRefine((b, ctx) => {
    b.figures.forEach((f, i) => {
      if (f.source >= b.sources.length) {
        ctx.addIssue({
          code: "custom",
          path: ["figures", i, "source"],
          message: `figure "${f.label}" names source ${f.source}, but there are only ${b.sources.length}`,
        });
      }
    });
  });
export type Breakdown = z.infer<typeof BreakdownSchema>;
