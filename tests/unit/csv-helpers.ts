/**
 * A small RFC 4180 reader for tests, to read back what a CSV writer wrote (the `verify --csv`
 * command, the gradebook's exports): quoted cells may hold commas, doubled quotes and line
 * breaks; a row ends at CRLF or LF outside quotes. No BOM handling: a test strips it itself.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") endRow();
    else if (c === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length) endRow();
  return rows;
}
