/**
 * The format names and versions of the records the zod-free readers check (src/lib/light/):
 * plain constants, so that code which reads these records without zod need not load the schemas.
 */
export const PROGRESS_FORMAT = "community-ops-lab/progress";
export const PROGRESS_VERSION = 1;
export const FEEDBACK_FORMAT = "community-ops-lab/feedback";
export const FEEDBACK_VERSION = 1;
export const CLASS_FEEDBACK_FORMAT = "community-ops-lab/class-feedback";
export const CLASS_FEEDBACK_VERSION = 1;
export const ASSIGNMENT_FORMAT = "community-ops-lab/assignment";
export const ASSIGNMENT_VERSION = 1;
export const SANDBOX_FORMAT = "community-ops-lab/sandbox";
export const SANDBOX_VERSION = 1;
export const PLANS_FORMAT = "community-ops-lab/plans";
export const PLANS_VERSION = 1;
export const WRITTEN_FORMAT = "community-ops-lab/written";
export const WRITTEN_VERSION = 1;
/**
 * The progress page's export: everything a learner keeps in this browser, progress among it
 * (LearnerDataSchema, src/schemas/learner-data.ts).
 */
export const LEARNER_DATA_FORMAT = "community-ops-lab/learner-data";
export const LEARNER_DATA_VERSION = 1;
/** The launch page's description of an LMS package (LmsConfigSchema, src/schemas/lms.ts). */
export const LMS_CONFIG_FORMAT = "community-ops-lab/lms-package";
export const LMS_CONFIG_VERSION = 1;
