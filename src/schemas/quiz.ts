import { z } from "astro/zod";
import { LocalizedSchema, SlugSchema } from "./common";

const OptionSchema = z.object({
  id: SlugSchema,
  text: LocalizedSchema,
  /** For single and multiple choice: whether choosing it is right. */
  correct: z.boolean().default(false),
  /** Shown after answering. */
  explain: LocalizedSchema.optional(),
});

const base = {
  /** Stable within the quiz; attempts are stored against it. */
  id: SlugSchema,
  prompt: LocalizedSchema,
  /** Shown after answering, whatever the answer. */
  explain: LocalizedSchema.optional(),
};

/** One quiz item. Ordering items list their options in the correct order; the quiz shuffles them. */
export const QuizItemSchema = z
  .discriminatedUnion("type", [
    z.object({ ...base, type: z.literal("single"), options: z.array(OptionSchema).min(2) }),
    z.object({ ...base, type: z.literal("multiple"), options: z.array(OptionSchema).min(3) }),
    z.object({ ...base, type: z.literal("order"), options: z.array(OptionSchema).min(3) }),
    z.object({
      ...base,
      type: z.literal("match"),
      /** Each left side matches its right side; the right sides are shuffled. */
      pairs: z
        .array(z.object({ id: SlugSchema, left: LocalizedSchema, right: LocalizedSchema }))
        .min(3),
    }),
    z.object({
      ...base,
      type: z.literal("numeric"),
      answer: z.number(),
      /** Absolute tolerance: |given − answer| ≤ tolerance is right. */
      tolerance: z.number().nonnegative().default(0),
      unit: LocalizedSchema.optional(),
    }),
  ])
  .superRefine((item, ctx) => {
    if (item.type === "single" && item.options.filter((o) => o.correct).length !== 1) {
      ctx.addIssue({
        code: "custom",
        message: `item "${item.id}": a single-choice item needs exactly one correct option`,
      });
    }
    if (item.type === "multiple" && !item.options.some((o) => o.correct)) {
      ctx.addIssue({
        code: "custom",
        message: `item "${item.id}": a multiple-choice item needs at least one correct option`,
      });
    }
    if ("options" in item && new Set(item.options.map((o) => o.id)).size !== item.options.length) {
      ctx.addIssue({ code: "custom", message: `item "${item.id}": option ids must be unique` });
    }
  });
export type QuizItem = z.infer<typeof QuizItemSchema>;

/** content/quizzes/NN-slug.yaml: the quiz that belongs to module NN-slug, in both languages. */
export const QuizSchema = z.object({
  /** Pass mark, 0–1. */
  passMark: z.number().min(0).max(1).default(0.7),
  items: z.array(QuizItemSchema).min(1),
});
export type Quiz = z.infer<typeof QuizSchema>;
