/**
 * What a certificate's scores rest on. Quiz scores and plan (rubric) scores are recorded in the
 * learner's browser and cannot be checked from a file; a simulation assignment's score can: the
 * learner's submission file is replayed against the module's own assignment and its verified
 * score compared with the one the progress file records. Pure; the certificate page loads it (and
 * with it the verifier and the engine) only when an instructor checks files.
 */
import type { Assignment } from "../schemas/assignment";
import type { CertificateModule } from "./certificate";
import { canonicalText } from "./learner";
import { verifySubmission, type VerifyStatus } from "./verify";

export type Evidence =
  /** The recorded score is what a submission file, replayed here, verifies at. */
  | { kind: "verified"; file: string; percent: number }
  /** Verified files exist, but the recorded score is higher than any of them. */
  | { kind: "higher-than-files"; file: string; percent: number }
  /** The learner's files for this module do not verify; the best-placed one says why. */
  | { kind: "not-verified"; file: string; status: VerifyStatus; reason: string }
  /** A verified file made under another name than the certificate's. */
  | { kind: "other-name"; file: string; name: string }
  /** A simulation assignment with no submission file given. */
  | { kind: "no-file" }
  /** A quiz or rubric score: recorded in the learner's browser, nothing to replay. */
  | { kind: "browser" };

export interface ModuleEvidence {
  id: string;
  /** The recorded best assignment score (0–1), as in the progress file. */
  recorded: number | null;
  evidence: Evidence;
}

/** The id a module's simulation assignment has (src/lib/module-assignment.ts). */
const moduleAssignmentId = (moduleId: string) => `module-${moduleId}`;

function embeddedId(text: string): string | null {
  try {
    const raw = JSON.parse(text) as { assignment?: { id?: unknown } };
    return typeof raw?.assignment?.id === "string" ? raw.assignment.id : null;
  } catch {
    return null;
  }
}

/**
 * Each completed module's assignment score and what it rests on, given the certificate's name,
 * the submission files an instructor has and the modules' simulation assignments (by module id).
 */
export function certificateEvidence(
  modules: readonly CertificateModule[],
  name: string,
  files: readonly { name: string; text: string }[],
  simulations: Readonly<Record<string, Assignment>>,
): ModuleEvidence[] {
  const who = canonicalText(name);
  const ids = files.map((f) => embeddedId(f.text));
  return modules.map((m) => {
    const official = simulations[m.id];
    const recorded = m.assignmentBest;
    if (!official) return { id: m.id, recorded, evidence: { kind: "browser" } };
    const mine = files.filter((_, i) => ids[i] === moduleAssignmentId(m.id));
    if (!mine.length) return { id: m.id, recorded, evidence: { kind: "no-file" } };
    const checked = mine.map((f) => ({
      file: f.name,
      v: verifySubmission(f.text, { assignment: official }),
    }));
    const verified = checked.filter((c) => c.v.status === "verified");
    const named = verified.filter((c) => canonicalText(c.v.learner ?? "") === who);
    if (!verified.length) {
      const first = checked[0]!;
      return {
        id: m.id,
        recorded,
        evidence: {
          kind: "not-verified",
          file: first.file,
          status: first.v.status,
          reason: first.v.reason?.text ?? "",
        },
      };
    }
    if (!named.length) {
      const other = verified[0]!;
      return {
        id: m.id,
        recorded,
        evidence: { kind: "other-name", file: other.file, name: other.v.learner ?? "" },
      };
    }
    const best = named.reduce((a, b) => ((b.v.score ?? 0) > (a.v.score ?? 0) ? b : a));
    const percent = best.v.score ?? 0;
    // Scores are stored to 4 decimals of a fraction, verified ones to 1 decimal of a percent.
    const agrees = recorded !== null && recorded <= percent / 100 + 1e-6;
    return {
      id: m.id,
      recorded,
      evidence: { kind: agrees ? "verified" : "higher-than-files", file: best.file, percent },
    };
  });
}
