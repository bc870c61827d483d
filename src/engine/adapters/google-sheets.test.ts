/**
 * Google Sheets (simulated): rows appended one under another with the range
 * reported, and the spreadsheets it refuses. The contract every adapter
 * keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, TEST_NOW } from '../../../test/fixtures/testFields';
import { googleSheetsAdapter } from './google-sheets';

const { run } = adapterHarness(googleSheetsAdapter);

describe('google-sheets', () => {
  it('appends rows one under another and reports the range', async () => {
    const sandbox = new MemorySandbox();
    await run('add-row', { sheet_name: 'Orders' }, { sandbox });
    const result = await run('add-row', { sheet_name: 'Orders', row_values: '1002, "Nowak, Anna", 10' }, { sandbox });
    expect(result.output).toEqual({ updated_range: 'Orders!A2:C2', row_number: 2 });
    expect(sandbox.list('rows')[1]).toMatchObject({
      spreadsheet: '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
      sheet: 'Orders',
      values: ['1002', 'Nowak, Anna', '10'],
      addedAt: TEST_NOW,
    });
    const other = await run('add-row', { sheet_name: 'Daily sales' }, { sandbox });
    expect(other.output?.updated_range).toBe("'Daily sales'!A1:C1");
  });

  it('rejects a spreadsheet that is neither a sheet address nor an ID', async () => {
    const error = await refusal(() => run('add-row', { spreadsheet: 'My orders sheet' }));
    expect(error.message).toMatch(/"My orders sheet" is not a Google Sheets spreadsheet/);
    const url = await refusal(() => run('add-row', { spreadsheet: 'https://example.com/sheet' }));
    expect(url.message).toMatch(/not a Google Sheets spreadsheet/);
  });
});
