import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/lib/text-file";

const TEXT = '{"learner":{"name":"李华"}}';
const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of text.split("").map((c) => c.charCodeAt(0)))
    bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  return new Uint8Array(bytes);
};

describe("reading a file's bytes as text, as the page and the command line both do", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(TEXT)],
    [
      "UTF-8 with a byte order mark",
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]),
    ],
    ["UTF-16 LE with a mark", utf16(TEXT, true, true)],
    ["UTF-16 BE with a mark", utf16(TEXT, false, true)],
    ["UTF-16 LE without a mark", utf16(TEXT, true, false)],
    ["UTF-16 BE without a mark", utf16(TEXT, false, false)],
  ])("%s", (_label, bytes) => {
    expect(decodeText(bytes)).toBe(TEXT);
  });

  it("damaged bytes read as damaged text, never an exception", () => {
    expect(decodeText(new Uint8Array([0x7b, 0xff, 0xc3]))).toBe("{\uFFFD\uFFFD");
    expect(decodeText(new Uint8Array([]))).toBe("");
  });
});
