/**
 * Who a submission belongs to, and the seed a learner's run must use when an assignment gives
 * each learner their own world. Pure: no clock, no global randomness.
 */
import type { Assignment } from "../schemas/assignment";

export interface LearnerName {
  name: string;
  id?: string | null;
}

/** Text as compared: Unicode NFKC, spaces collapsed, trimmed, case folded. */
export function canonicalText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Who a file belongs to: its id when it gives one, otherwise its name (both compared as
 * canonicalText). Null when it names nobody. The mentor's saved comments are filed by this key.
 */
export function learnerKey(learner: LearnerName | null | undefined): string | null {
  if (!learner) return null;
  const id = learner.id ? canonicalText(learner.id) : "";
  if (id) return `id:${id}`;
  const name = canonicalText(learner.name);
  return name ? `name:${name}` : null;
}

/** Largest seed a sandbox link carries; personal seeds fall in 1…MAX_PERSONAL_SEED. */
export const MAX_PERSONAL_SEED = 2_147_483_646;

/** FNV-1a, 32 bits, over the UTF-8 bytes of a text. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export type SeedKey = { ok: true; key: string } | { ok: false; code: "not-listed" | "no-learner" };

/**
 * What a personal seed follows: the learner's id when the assignment lists ids (it must be one of
 * them), otherwise the learner's name.
 */
export function seedKey(
  assignment: Pick<Assignment, "learnerIds">,
  learner: LearnerName | null | undefined,
): SeedKey {
  if (assignment.learnerIds) {
    const id = learner?.id ? canonicalText(learner.id) : "";
    if (!id || !assignment.learnerIds.some((listed) => canonicalText(listed) === id))
      return { ok: false, code: "not-listed" };
    return { ok: true, key: `id:${id}` };
  }
  const name = learner ? canonicalText(learner.name) : "";
  return name ? { ok: true, key: `name:${name}` } : { ok: false, code: "no-learner" };
}

/**
 * A learner's own seed for an assignment: FNV-1a over the canonical text of the assignment id,
 * its seed and the learner's key, mapped into 1…MAX_PERSONAL_SEED. The same learner always meets
 * the same world; two learners (almost surely) meet different ones.
 */
export function personalSeed(assignmentId: string, seed: number, key: string): number {
  return 1 + (fnv1a(JSON.stringify([assignmentId, seed, key])) % MAX_PERSONAL_SEED);
}

/**
 * The seed a learner's run of an assignment must use: the assignment's own seed, or with personal
 * seeds the learner's. Null when personal seeds need a learner (or a listed id) that is missing.
 */
export function learnerSeed(
  assignment: Pick<Assignment, "id" | "seed" | "personalSeeds" | "learnerIds">,
  learner: LearnerName | null | undefined,
): number | null {
  if (!assignment.personalSeeds) return assignment.seed;
  const key = seedKey(assignment, learner);
  return key.ok ? personalSeed(assignment.id, assignment.seed, key.key) : null;
}
