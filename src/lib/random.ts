/** A uniform number in [0, 1) from the browser's cryptographic generator (ids and drawn seeds). */
export function randomUnit(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296;
}
