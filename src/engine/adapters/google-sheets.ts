/**
 * Simulated Google Sheets: appends rows at the bottom of a tab of a
 * spreadsheet. The spreadsheet is its docs.google.com address or the ID from
 * that address; values are comma-separated (a value in double quotes may hold
 * commas). Each tab keeps its own row count, as a real sheet would.
 */
import type { ActionHandler, AppAdapter } from '../types';
import { reject, requiredText, setting } from './adapterHelpers';

const SHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)(?:[/?#].*)?$/;
/** Spreadsheet IDs are long tokens of letters, digits, "-" and "_" (44 characters in practice). */
const SHEET_ID = /^[A-Za-z0-9_-]{25,}$/;
const MAX_SHEET_NAME = 100;
/** Google Sheets' column limit. */
const MAX_COLUMNS = 18278;

function spreadsheetId(raw: string): string {
  const fromUrl = SHEET_URL.exec(raw)?.[1];
  if (fromUrl && SHEET_ID.test(fromUrl)) return fromUrl;
  if (SHEET_ID.test(raw)) return raw;
  reject(
    `"${raw}" is not a Google Sheets spreadsheet: give its address (https://docs.google.com/spreadsheets/d/…) or the ID from that address`,
  );
}

/** Splits comma-separated values; double quotes keep commas inside a value ("" is a quote). */
function parseValues(text: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        current += ch;
      }
    } else if (ch === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (ch === ',') {
      values.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (quoted) reject('the row values have a double quote that is never closed');
  values.push(current.trim());
  return values;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
function columnName(n: number): string {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const addRow: ActionHandler = (call) => {
  const id = spreadsheetId(requiredText(call.fields, 'spreadsheet', 'the spreadsheet'));
  const sheet = requiredText(call.fields, 'sheet_name', 'the sheet name');
  if (sheet.length > MAX_SHEET_NAME) reject(`the sheet name is longer than ${MAX_SHEET_NAME} characters`);
  const values = parseValues(requiredText(call.fields, 'row_values', 'the row values'));
  if (values.every((v) => v === '')) reject('the row has no values: write the values separated by commas');
  if (values.length > MAX_COLUMNS) reject(`the row has ${values.length} values; a sheet has at most ${MAX_COLUMNS} columns`);

  const tabKey = `${id}/${sheet}`;
  const tab = call.sandbox.get('sheets', tabKey);
  const rowNumber = (typeof tab?.rowCount === 'number' ? tab.rowCount : 0) + 1;
  const updatedRange = `${quoteSheet(sheet)}!A${rowNumber}:${columnName(values.length)}${rowNumber}`;
  call.sandbox.upsert('sheets', tabKey, {
    spreadsheet: id,
    sheet,
    rowCount: rowNumber,
    url: `https://docs.google.com/spreadsheets/d/${id}`,
    updatedAt: call.now,
  });
  call.sandbox.insert('rows', {
    spreadsheet: id,
    sheet,
    rowNumber,
    values,
    addedBy: setting(call, 'googleAccount') ?? '',
    addedAt: call.now,
  });
  return { output: { updated_range: updatedRange, row_number: rowNumber } };
};

export const googleSheetsAdapter: AppAdapter = {
  appId: 'google-sheets',
  actions: { 'add-row': addRow },
  collections: { rows: 'Rows', sheets: 'Sheets' },
};
