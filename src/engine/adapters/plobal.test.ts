/**
 * Plobal Apps (simulated): individual and bulk pushes to the app's users,
 * and the images it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { plobalAdapter } from './plobal';

const { run } = adapterHarness(plobalAdapter);

describe('plobal', () => {
  it('sends a bulk push to every customer who is an app user', async () => {
    const sandbox = new MemorySandbox();
    await run('send-individual-push', { customer_id: '1' }, { sandbox });
    await run('send-individual-push', { customer_id: '2' }, { sandbox });
    await run('send-individual-push', { customer_id: '1' }, { sandbox });
    const result = await run('send-bulk-push', {}, { sandbox });
    expect(result.output).toEqual({ recipient_count: 2 });
    expect(sandbox.get('app-users', '1')).toMatchObject({ pushesReceived: 3 });
  });

  it('rejects an image not served over https', async () => {
    const error = await refusal(() => run('send-bulk-push', { image_url: 'http://example.com/a.png' }));
    expect(error.message).toMatch(/image address must start with https/);
  });
});
