/** A fresh id for a plan or a row of one: the prefix, a dash and 12 random base-36/hex characters. */
export function newId(prefix = "p"): string {
  const random =
    typeof crypto !== "undefined" && "randomUUID" in crypto
      ? crypto.randomUUID().replace(/-/g, "").slice(0, 12)
      : Math.floor(Math.random() * 2 ** 48).toString(36);
  return `${prefix}-${random}`;
}
