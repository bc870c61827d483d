/**
 * AgeChecked (simulated): the age check's outcome, the event it sends Flow
 * and the minimum ages its setup accepts. The contract every adapter keeps
 * is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, expectValidEmit, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { agecheckedAdapter } from './agechecked';

const { run } = adapterHarness(agecheckedAdapter);

describe('agechecked', () => {
  it('passes an even order number and tells Flow the check succeeded', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('verify-order-customer-age', { order_id: '1002' }, { sandbox });
    expect(result.output).toMatchObject({ verification_status: 'passed' });
    expect(result.emits).toHaveLength(1);
    expect(result.emits![0]).toMatchObject({ app: 'agechecked', trigger: 'customer-age-check-succeeded' });
    expectValidEmit(result.emits![0]!);
    expect(sandbox.list('verifications')[0]).toMatchObject({ orderId: '1002', status: 'passed', minimumAge: 18 });
  });

  it('fails an odd order number with a reason, using the minimum age from setup', async () => {
    const result = await run('verify-order-customer-age', { order_id: '1003' }, { settings: { minimumAge: '21' } });
    expect(result.output).toMatchObject({ verification_status: 'failed' });
    expect(result.emits![0]).toMatchObject({ trigger: 'customer-age-check-failed', payload: { minimum_age: 21 } });
    expectValidEmit(result.emits![0]!);
  });

  it('rejects a minimum age in setup that AgeChecked does not offer', async () => {
    const error = await refusal(() => run('verify-order-customer-age', {}, { settings: { minimumAge: '17' } }));
    expect(error.message).toMatch(/minimum age .* must be one of 16, 18, 21/);
  });
});
