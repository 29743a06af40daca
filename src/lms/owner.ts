/**
 * One browser, several learners: on a shared computer the LMS's origin keeps whatever the last
 * learner left in this browser (progress, plans, written answers, the sandbox). When the LMS names
 * another learner, what is here is set aside under the previous learner's id and the new
 * learner's own, if they left any, comes back — so nobody sees, continues or submits someone
 * else's work. Nothing is deleted.
 */

/** Whose data the course's keys hold on this origin. */
export const OWNER_KEY = "col:v1:lms:owner";
const STASH_PREFIX = "col:v1:lms:stash:";

/** The course's keys that belong to a learner: everything but the LMS's own and the theme. */
const ownedKey = (key: string) =>
  key.startsWith("col:") && !key.startsWith("col:v1:lms:") && key !== "col:theme";

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * Makes `learner` the owner of the course's data in this browser. Returns false, changing
 * nothing, when the browser refuses (no room for the set-aside copy).
 */
export function claimFor(storage: Storage, learner: string): boolean {
  const owner = storage.getItem(OWNER_KEY);
  if (owner === learner) return true;
  const owned = keysOf(storage).filter(ownedKey);
  try {
    if (owner !== null && owned.length) {
      const stash = Object.fromEntries(owned.map((key) => [key, storage.getItem(key)]));
      storage.setItem(STASH_PREFIX + owner, JSON.stringify(stash));
    }
    const own = storage.getItem(STASH_PREFIX + learner);
    const back = own ? (JSON.parse(own) as Record<string, unknown>) : {};
    if (owner !== null) for (const key of owned) storage.removeItem(key);
    for (const [key, value] of Object.entries(back)) {
      if (ownedKey(key) && typeof value === "string") storage.setItem(key, value);
    }
    storage.removeItem(STASH_PREFIX + learner);
    storage.setItem(OWNER_KEY, learner);
    return true;
  } catch {
    return false;
  }
}
