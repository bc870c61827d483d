/**
 * Klevu (simulated): promoting and demoting a product with its history, and
 * the boosting scores it refuses. The contract every adapter keeps is in
 * contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { klevuAdapter } from './klevu';

const { run } = adapterHarness(klevuAdapter);

describe('klevu', () => {
  it('promotes and demotes a product and keeps the history', async () => {
    const sandbox = new MemorySandbox();
    await run('promote-demote-product', { boost_score: 2 }, { sandbox });
    await run('promote-demote-product', { boost_score: 0.5 }, { sandbox });
    expect(sandbox.get('boosts', '8123456789')).toMatchObject({ score: 0.5, effect: 'demoted' });
    expect(sandbox.list('boost-history')[1]).toMatchObject({ previousScore: 2, score: 0.5 });
  });

  it('rejects a boosting score of 0 or less', async () => {
    const error = await refusal(() => run('promote-demote-product', { boost_score: 0 }));
    expect(error.message).toMatch(/boosting score 0 must be above 0/);
  });
});
