// CSV and Markdown of the app's tables (hot libraries, findings). Cells come
// from inputs, so both formats neutralise what a spreadsheet or renderer would execute.
import { stripControl } from './escape';

/** A table as the views show it. */
export interface Table {
  columns: string[];
  rows: (string | number | null)[][];
}

// A spreadsheet runs a cell starting with these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 CSV (CRLF line ends, quotes doubled); text cells that a spreadsheet would run as a formula get a leading `'`. */
export function toCsv(table: Table): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map(csvCell).join(',');
  return [line(table.columns), ...table.rows.map(line)].map((l) => `${l}\r\n`).join('');
}

function csvCell(cell: string | number | null): string {
  if (cell === null) return '';
  let text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** GitHub-flavoured Markdown table; `|`, HTML and line breaks in cells are escaped. */
export function toMarkdown(table: Table): string {
  const line = (cells: readonly (string | number | null)[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${table.columns.map(() => ' --- |').join('')}`;
  return [line(table.columns), rule, ...table.rows.map(line)].map((l) => `${l}\n`).join('');
}

function markdownCell(cell: string | number | null): string {
  if (cell === null) return '';
  return String(cell)
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .split(/\r\n|\r|\n/)
    .map(stripControl)
    .join('<br>');
}
