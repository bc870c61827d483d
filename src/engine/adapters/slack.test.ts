/**
 * Slack (simulated): messages posted with their ts, and the channel names
 * and message lengths it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, TEST_NOW } from '../../../test/fixtures/testFields';
import { slackAdapter } from './slack';

const { call, runCall } = adapterHarness(slackAdapter);

describe('Slack', () => {
  const send = (fields: Record<string, unknown>, sandbox = new MemorySandbox()) =>
    call('send-message', fields, { sandbox });

  it('posts to a channel with the fields a person looks for', async () => {
    const sandbox = new MemorySandbox();
    const result = await runCall(send({ channel: '#orders', text: 'New order #1001' }, sandbox));
    const [message] = sandbox.list('messages');
    expect(message).toMatchObject({ channel: '#orders', text: 'New order #1001', postedAt: TEST_NOW });
    expect(message?.ts).toBe(result.output?.message_ts);
    expect(String(message?.ts)).toMatch(/^\d{10}\.\d{6}$/);
  });

  it('gives each message of the workspace its own ts', async () => {
    const sandbox = new MemorySandbox();
    const first = await runCall(send({ channel: '#orders' }, sandbox));
    const second = await runCall(send({ channel: '@anna' }, sandbox));
    expect(second.output?.message_ts).not.toBe(first.output?.message_ts);
    expect(sandbox.list('messages').map((m) => m.kind)).toEqual(['channel', 'direct message']);
  });

  it.each(['#Bad Name', '#Orders', 'orders', '#', '@', '#a b'])('refuses the channel name %j', async (channel) => {
    const error = await refusal(() => runCall(send({ channel })));
    expect(error.message).toContain(`Slack channel "${channel}" is not a valid channel name`);
  });

  it('accepts channels and users in Slack’s naming', async () => {
    for (const channel of ['#orders', '#vip_orders-2025', '@anna', '@anna.nowak']) {
      await expect(runCall(send({ channel }))).resolves.toHaveProperty('output.message_ts');
    }
  });

  it('refuses an empty message and one over 40,000 characters, and changes nothing', async () => {
    const sandbox = new MemorySandbox();
    expect((await refusal(() => runCall(send({ text: '   ' }, sandbox)))).message).toMatch(/empty/);
    expect((await refusal(() => runCall(send({ text: 'x'.repeat(40_001) }, sandbox)))).message).toMatch(
      /40001 characters.*at most 40000/,
    );
    expect(sandbox.list('messages')).toEqual([]);
    await expect(runCall(send({ text: 'x'.repeat(40_000) }, sandbox))).resolves.toBeDefined();
  });
});
