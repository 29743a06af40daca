/**
 * Reading a file's bytes as text the same way in the browser (the gradebook) and in Node (the
 * `verify` command): UTF-8 with or without a byte order mark, and UTF-16 in either byte order (as
 * Windows editors save "Unicode" text), with or without a mark. Bytes that are not valid in the
 * encoding become U+FFFD, so a damaged file reads as damaged text rather than throwing.
 */
function utf16(bytes: Uint8Array, littleEndian: boolean, skip: number): string {
  return new TextDecoder(littleEndian ? "utf-16le" : "utf-16be").decode(bytes.subarray(skip));
}

/**
 * Without a mark, UTF-16 shows itself by zero bytes: ASCII characters (JSON's braces, quotes and
 * keys) have a zero high byte, on the odd positions in little-endian and the even ones in big.
 */
function zeroPattern(bytes: Uint8Array): "le" | "be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 256);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const half = n / 2;
  if (odd > half * 0.6 && even === 0) return "le";
  if (even > half * 0.6 && odd === 0) return "be";
  return null;
}

/** The text in a file's bytes (see above). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false, 2);
  const pattern = zeroPattern(bytes);
  if (pattern) return utf16(bytes, pattern === "le", 0);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}
