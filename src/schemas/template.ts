import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";

/** A cell of a sample row: text in both languages, or a number. */
const CellSchema = z.union([LocalizedSchema, z.number()]);

export const TemplateColumnSchema = z.object({
  /** Referred to by other columns' formulas as {id}. */
  id: SlugSchema,
  label: LocalizedSchema,
  /**
   * A spreadsheet formula for every data row, with {column-id} where that column's cell in the
   * same row goes, e.g. "=IF({members}=0,\"\",ROUND({wau}/{members},3))". Absent: a value column.
   */
  formula: z.string().startsWith("=").optional(),
});
export type TemplateColumn = z.infer<typeof TemplateColumnSchema>;

const base = {
  /** The file name without extension; also the id <TemplateDownload id> names. */
  id: SlugSchema,
  /** The module that teaches what the template is for. */
  module: z.number().int().min(0).max(99),
  title: LocalizedSchema,
  /** One sentence: what it is for and when to use it. */
  summary: LocalizedSchema,
};

/**
 * content/templates/<id>.yaml: one downloadable template, generated at build time in both
 * languages. Text lines may cite a platform rule as {rule:<row id>}, replaced by the row's value,
 * so a template never states a limit differently from the platform-rules reference.
 */
export const TemplateSchema = z.discriminatedUnion("format", [
  z.object({
    ...base,
    format: z.literal("text"),
    sections: z
      .array(
        z.object({
          heading: LocalizedSchema,
          lines: z.array(LocalizedSchema).min(1),
        }),
      )
      .min(1),
  }),
  z.object({
    ...base,
    format: z.literal("csv"),
    columns: z.array(TemplateColumnSchema).min(2),
    /** Filled-in example rows, by column id; formula columns are computed, not given. */
    rows: z.array(z.record(SlugSchema, CellSchema)).default([]),
    /** Empty rows after the examples, carrying the formulas, for the learner to fill. */
    blankRows: z.number().int().min(0).max(200).default(0),
  }),
]);
export type Template = z.infer<typeof TemplateSchema>;
