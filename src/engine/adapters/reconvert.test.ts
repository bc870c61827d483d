/**
 * ReConvert (simulated): the customer's birthday, and the dates it refuses.
 * The contract every adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_IDS } from '../../../test/fixtures/testFields';
import { reconvertAdapter } from './reconvert';

const { call, runCall } = adapterHarness(reconvertAdapter);

describe('ReConvert', () => {
  const birthday = (value: string, sandbox = new MemorySandbox()) =>
    call('update-customer-birthday', { birthday: value }, { sandbox });

  it('stores the birthday on the trigger’s customer', async () => {
    const sandbox = new MemorySandbox();
    await runCall(birthday('1990-05-17', sandbox));
    expect(sandbox.get('birthdays', SAMPLE_IDS.customer)).toMatchObject({ birthday: '1990-05-17' });
  });

  it.each(['17.05.1990', '1990-02-30', '1990-13-01', ''])('refuses %j as a date', async (value) => {
    expect((await refusal(() => runCall(birthday(value)))).message).toMatch(/not a date|empty/);
  });

  it('refuses a birthday in the future or before 1900', async () => {
    expect((await refusal(() => runCall(birthday('2030-01-01')))).message).toMatch(/in the future/);
    expect((await refusal(() => runCall(birthday('1850-01-01')))).message).toMatch(/before 1900/);
  });
});
