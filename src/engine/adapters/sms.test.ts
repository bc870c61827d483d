/**
 * The SMS apps (FirePush, SMSBump, Tobi, Ton), which share sms.ts: the
 * SMS outbox, the sender name from setup, the E.164 numbers and message
 * lengths the gateways refuse, and segment counting. The contract every
 * adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, TEST_NOW } from '../../../test/fixtures/testFields';
import { smsSegments } from './sms';
import { firepushAdapter } from './firepush';
import { smsbumpAdapter } from './smsbump';
import { tobiAdapter } from './tobi';
import { tonAdapter } from './ton';

describe.each([
  [firepushAdapter, 'send-sms', 'FirePush'],
  [smsbumpAdapter, 'send-sms', 'SMSBump'],
  [tobiAdapter, 'send-sms', 'Tobi'],
  [tonAdapter, 'send-text-message', 'Ton'],
] as const)('%s SMS', (adapter, actionId, provider) => {
  const { call, runCall } = adapterHarness(adapter);
  const send = (fields: Record<string, unknown>, sandbox = new MemorySandbox(), settings = {}) =>
    call(actionId, fields, { sandbox, settings });

  it('puts the message in the SMS outbox and answers with its id', async () => {
    const sandbox = new MemorySandbox();
    const result = await runCall(send({ phone: '+48601234567', message: 'Your order shipped' }, sandbox));
    const [sms] = sandbox.list('outbox');
    expect(sms).toMatchObject({
      to: '+48601234567',
      body: 'Your order shipped',
      provider,
      from: provider,
      segments: 1,
      status: 'sent',
      sentAt: TEST_NOW,
    });
    expect(result.output?.message_id).toBe(sms?.id);
    expect(adapter.collections).toEqual({ outbox: 'SMS outbox' });
  });

  it('sends from the sender name of the app setup', async () => {
    const sandbox = new MemorySandbox();
    await runCall(send({}, sandbox, { senderName: 'ACME' }));
    expect(sandbox.list('outbox')[0]?.from).toBe('ACME');
  });

  it.each(['+48 123', '48601234567', '0048601234567', '+0601234567', '+48-601-234-567'])(
    'refuses %j, which is not E.164',
    async (phone) => {
      const sandbox = new MemorySandbox();
      const error = await refusal(() => runCall(send({ phone }, sandbox)));
      expect(error.message).toContain(`${phone} is not an E.164 phone number`);
      expect(sandbox.list('outbox')).toEqual([]);
    },
  );

  it('refuses an empty body and one over 1600 characters', async () => {
    expect((await refusal(() => runCall(send({ message: '' })))).message).toMatch(/empty/);
    expect((await refusal(() => runCall(send({ message: 'a'.repeat(1601) })))).message).toMatch(/1601 characters/);
    await expect(runCall(send({ message: 'a'.repeat(1600) }))).resolves.toHaveProperty('output.message_id');
  });
});

describe('SMS segments', () => {
  it('counts GSM-7 and UCS-2 segments as gateways bill them', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(smsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(smsSegments('Zamówienie wysłane')).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(smsSegments('ż'.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2 });
  });
});
