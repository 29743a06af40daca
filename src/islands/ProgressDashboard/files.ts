/** Saving and opening files in the browser. */

/** Offers text as a file download. */
export function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Files larger than this are refused before reading: no progress or feedback file comes near it. */
export const MAX_FILE_BYTES = 5_000_000;

/** Reads a chosen file as text; null when it is too large or unreadable. */
export async function readText(file: File): Promise<string | null> {
  if (file.size > MAX_FILE_BYTES) return null;
  try {
    return await file.text();
  } catch {
    return null;
  }
}

/** "2025-03-01" in the learner's time zone, for file names. */
export function dateStamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
