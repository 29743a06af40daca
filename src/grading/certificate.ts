/**
 * The self-issued certificate: which modules it lists, whether a track's requirements are met,
 * and its check code. Pure functions; the certificate page and its "check a code" tool share them.
 *
 * The code is SHA-256 over the canonical JSON of the learner's name (trimmed, spaces collapsed,
 * Unicode NFC) and, for every completed module in id order, its best quiz score and best
 * assignment score; the first 100 bits are written in Crockford base32 as five groups of four
 * characters. An instructor recomputes it from the learner's exported progress file and name.
 * It shows that a certificate matches a progress file; it cannot show that the file is honest.
 */
import type { Progress } from "../schemas/progress";
import { canonicalJson } from "../lib/canonical-json";

export interface CertificateModule {
  id: string;
  /** Best quiz score, 0–1, when the quiz was taken. */
  quizBest: number | null;
  /** Best assignment score, 0–1. */
  assignmentBest: number | null;
  completedAt: string;
}

/** The completed modules a certificate lists, in course order. */
export function completedModules(progress: Progress): CertificateModule[] {
  return Object.entries(progress.modules)
    .filter(([, m]) => m.completedAt !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, m]) => ({
      id,
      quizBest: m.quizBest ?? null,
      assignmentBest: m.assignmentResults.length
        ? Math.max(...m.assignmentResults.map((r) => r.score))
        : null,
      completedAt: m.completedAt!,
    }));
}

/** Required modules (by id) not yet completed; empty when the certificate can be issued. */
export function remainingModules(progress: Progress, requiredIds: readonly string[]): string[] {
  return requiredIds.filter((id) => !progress.modules[id]?.completedAt);
}

/** The name as the code uses it, so spacing and Unicode forms do not change the code. */
export function normalizeName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The certificate's check code, e.g. "7K2M-Q9XD-4TRA-0BWE-H5NC". */
export function certificateCode(progress: Progress, name: string): string {
  const payload = canonicalJson({
    name: normalizeName(name),
    modules: completedModules(progress).map((m) => [m.id, m.quizBest, m.assignmentBest]),
  });
  const digest = sha256(new TextEncoder().encode(payload));
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 20) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= 0xff;
    if (out.length === 20) break;
  }
  return out.match(/.{4}/g)!.join("-");
}

/** Reads a code as a person might type it: any case, with or without dashes or spaces; O→0, I/L→1. */
export function normalizeCode(code: string): string {
  const chars = code.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return chars.length === 20 && [...chars].every((c) => CROCKFORD.includes(c))
    ? chars.match(/.{4}/g)!.join("-")
    : "";
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * SHA-256 (FIPS 180-4). Written out because crypto.subtle is missing on plain-http origins and is
 * asynchronous; the certificate page needs a synchronous, dependable hash.
 */
export function sha256(data: Uint8Array): Uint8Array {
  const length = data.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length << 3) >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as number[];
    for (let i = 0; i < 64; i += 1) {
      const s1 = rotr(e!, 6) ^ rotr(e!, 11) ^ rotr(e!, 25);
      const ch = (e! & f!) ^ (~e! & g!);
      const t1 = (hh! + s1 + ch + K[i]! + w[i]!) >>> 0;
      const s0 = rotr(a!, 2) ^ rotr(a!, 13) ^ rotr(a!, 22);
      const maj = (a! & b!) ^ (a! & c!) ^ (b! & c!);
      const t2 = (s0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d! + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = h[0]! + a!;
    h[1] = h[1]! + b!;
    h[2] = h[2]! + c!;
    h[3] = h[3]! + d!;
    h[4] = h[4]! + e!;
    h[5] = h[5]! + f!;
    h[6] = h[6]! + g!;
    h[7] = h[7]! + hh!;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i += 1) outView.setUint32(i * 4, h[i]!);
  return out;
}
