/**
 * Opens the LMS session of the package's standard. LMS_STANDARD is set when the launch script is
 * built for a package (scripts/package.ts), so each package carries only its own standard's code:
 * @xapi/cmi5 (about 32 kB compressed) is in the cmi5 package alone.
 */
import type { LmsStandard } from "../schemas/lms";
import type { Connection } from "./connection";
import { connectScorm } from "./scorm";

declare const LMS_STANDARD: LmsStandard;

export async function connect(): Promise<Connection | null> {
  if (LMS_STANDARD === "cmi5") return (await import("./cmi5")).connectCmi5();
  return connectScorm(LMS_STANDARD);
}
