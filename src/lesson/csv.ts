// CSV for spreadsheets: RFC 4180 quoting, CRLF rows, and text cells that a spreadsheet would run as a formula defused.

/** One cell: numbers are written as they are; text is quoted when needed. */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe: a leading =, +, -, @ or tab would start a formula in Excel or LibreOffice, so it gets a quote mark. */
function textCell(s: string): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One cell as CSV text. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return textCell(value);
}

/** Rows as a CSV document (with a byte-order mark so spreadsheets read Cyrillic as UTF-8). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
