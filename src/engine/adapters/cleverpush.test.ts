/**
 * CleverPush (simulated): the audience of a notification and the segment
 * IDs and icon addresses it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { cleverpushAdapter } from './cleverpush';

const { run } = adapterHarness(cleverpushAdapter);

describe('cleverpush', () => {
  it('sends to all subscribers when no segment is given', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('send-notification', { segment_ids: '' }, { sandbox });
    expect(sandbox.get('notifications', String(result.output?.notification_id))).toMatchObject({ audience: 'all subscribers' });
  });

  it('rejects a segment ID with spaces and an icon not served over https', async () => {
    expect((await refusal(() => run('send-notification', { segment_ids: 'vip, big spenders' }))).message).toMatch(
      /"big spenders" is not a segment ID/,
    );
    expect((await refusal(() => run('send-notification', { icon_url: 'http://example.com/i.png' }))).message).toMatch(
      /icon address must start with https/,
    );
  });
});
