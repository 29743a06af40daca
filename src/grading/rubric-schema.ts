/**
 * A rubric file as the build reads it: RubricSchema (src/schemas/rubric.ts) with every automatic
 * criterion naming a check that src/grading/checks.ts has. The schemas do not know grading's
 * checks, so grading adds the rule; content.config.ts reads content/rubrics with this schema.
 */
import { RubricSchema } from "../schemas/rubric";
import { CHECK_IDS, isCheckId } from "./checks";

export const CheckedRubricSchema = RubricSchema.superRefine((rubric, ctx) => {
  for (const [id, criterion] of Object.entries(rubric.criteria)) {
    if (criterion.kind === "auto" && !isCheckId(criterion.check)) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria", id, "check"],
        message: `criterion "${id}" uses the unknown check "${criterion.check}"; known checks: ${CHECK_IDS.join(", ")}`,
      });
    }
  }
});
