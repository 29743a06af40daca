/**
 * CSV for spreadsheets and LMS gradebook imports (RFC 4180): comma-separated, CRLF line ends,
 * a UTF-8 byte order mark so Excel reads Chinese correctly. A cell with a comma, quote or line
 * break is quoted, its quotes doubled. Text that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or carriage return) gets a leading single quote; numbers are written as
 * numbers, so a negative NPS stays a number.
 */
export type CsvCell = string | number | boolean | null | undefined;

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, one line per row, CRLF after each. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}
