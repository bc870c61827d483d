/**
 * Klaviyo (simulated): events recorded on the profile, and the event names,
 * properties and list IDs it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_EMAIL } from '../../../test/fixtures/testFields';
import { klaviyoAdapter } from './klaviyo';

const { run } = adapterHarness(klaviyoAdapter);

describe('klaviyo', () => {
  it('records events on the profile', async () => {
    const sandbox = new MemorySandbox();
    await run('track-event', { event_name: 'Placed VIP order' }, { sandbox });
    await run('track-event', { event_name: 'Left review' }, { sandbox });
    expect(sandbox.get('profiles', SAMPLE_EMAIL)).toMatchObject({ eventCount: 2, lastEvent: 'Left review' });
    expect(sandbox.list('events')[0]).toMatchObject({ metric: 'Placed VIP order', properties: { source: 'flow' } });
  });

  it('rejects a blank event name, properties that are not a JSON object and a malformed list ID', async () => {
    expect((await refusal(() => run('track-event', { event_name: '   ' }))).message).toMatch(/event name is empty/);
    expect((await refusal(() => run('track-event', { event_properties: 'source=flow' }))).message).toMatch(
      /event properties must be a JSON object/,
    );
    expect((await refusal(() => run('track-event', { event_properties: '[1]' }))).message).toMatch(/JSON object/);
    expect((await refusal(() => run('create-campaign', { list_id: 'newsletter' }))).message).toMatch(
      /list ID "newsletter" is not a Klaviyo ID/,
    );
  });
});
