/**
 * The runtime end to end on Node: IndexedDB (fake-indexeddb), the engine
 * through the worker protocol (in-process executor: same requests, replies
 * and parsing as the Web Worker), runs persisted in batches.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshRuntime, storeWorkflow } from '../../../test/fixtures/runtime';
import { getDb } from '../../storage/db';
import { updateWorkflow } from '../../storage/workflowRepo';
import { dryRun, useDryRun } from './dryRun';
import { fireTrigger, retryFromStep, retryRun } from './fire';
import { samplePayload, validatePayload } from './payload';
import { readRuns } from './runs';
import { readSandboxView, setFault } from './sandbox';
import { readStoreData } from '../storeData';
import { ensureFullCatalog } from '../catalog';

const db = getDb();
// Sample payloads come from the manifests, loaded as the pages that fire triggers load them.
await ensureFullCatalog();
const review = samplePayload('loox', 'new-review');
const allStores = ['store-1', 'store-2', 'store-3', 'store-4'];
const toSlack = (text: string) => ({ id: 'a1', action: ['slack', 'send-message'] as [string, string], fields: { channel: '#reviews', text } });

beforeEach(async () => {
  await freshRuntime({ 'store-1': ['loyaltylion'] });
});

describe('firing a trigger', () => {
  it('runs the seed’s example: succeeds where LoyaltyLion is installed and skips, with reasons, in the other three stores', async () => {
    const wf = await storeWorkflow({
      name: 'Birthday tag',
      trigger: ['loyaltylion', 'customer-birthday-today'],
      steps: [{ id: 'a1', action: ['shopify', 'add-customer-tags'], fields: { tags: 'birthday' } }],
    });
    const payload = samplePayload('loyaltylion', 'customer-birthday-today');
    const runs = await fireTrigger({ app: 'loyaltylion', trigger: 'customer-birthday-today', payload, storeIds: allStores });
    expect(runs.map((r) => [r.storeId, r.status])).toEqual([
      ['store-1', 'succeeded'],
      ['store-2', 'skipped'],
      ['store-3', 'skipped'],
      ['store-4', 'skipped'],
    ]);
    for (const [i, skipped] of runs.slice(1).entries()) {
      expect(skipped.reasons).toEqual([expect.stringMatching(new RegExp(`^LoyaltyLion.* is not installed in Store ${i + 2}\\.$`))]);
    }
    // Persisted, with the workflow version and the event each ran with.
    const stored = await readRuns({ workflowId: wf.id });
    expect(stored.map((r) => r.id).sort()).toEqual(runs.map((r) => r.id).sort());
    expect(stored.every((r) => r.workflowName === 'Birthday tag' && r.event.payload.customer_id === payload.customer_id)).toBe(true);
    // The tag lands on the customer of the store data (made whole from the sample when the store lacks it).
    const customers = (await readStoreData('store-1')).customers;
    expect(customers).toEqual([expect.objectContaining({ id: payload.customer_id, valid: true })]);
    expect(customers[0]!.record.tags).toContain('birthday');
    expect(await readSandboxView('store-1')).toEqual([]);
  });

  it('lands a Slack message with its Liquid rendered in the store’s sandbox, grouped by app and collection', async () => {
    await storeWorkflow({ trigger: ['loox', 'new-review'], steps: [toSlack('{{ trigger.rating }}★ review from {{ trigger.reviewer_email }}: {{ trigger.review_text }}')] });
    const [run] = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: review, storeIds: ['store-1'] });
    expect(run!.status).toBe('succeeded');
    const view = await readSandboxView('store-1');
    expect(view.map((v) => [v.appName, v.heading])).toEqual([['Slack', 'Messages']]);
    expect(view[0]!.records).toEqual([
      expect.objectContaining({ channel: '#reviews', text: '2★ review from anna.kowalska@example.com: The strap broke after a week.' }),
    ]);
    expect(await readSandboxView('store-2')).toEqual([]);
  });

  it('fails the run of an app with an "always" fault after 4 attempts, while another workflow on the same event succeeds', async () => {
    await setFault('store-1', 'slack', { mode: 'always' });
    const slack = await storeWorkflow({ id: 'wf-slack', trigger: ['loox', 'new-review'], steps: [toSlack('hi')] });
    const tags = await storeWorkflow({ id: 'wf-tags', trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['shopify', 'add-customer-tags'], fields: { tags: 'reviewer' } }] });
    const runs = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: review, storeIds: ['store-1'] });
    const failed = runs.find((r) => r.workflowId === slack.id)!;
    expect(failed.status).toBe('failed');
    expect(failed.steps[1]!.attempts.map((a) => a.outcome)).toEqual(['transient', 'transient', 'transient', 'transient']);
    expect(failed.steps[1]!.error).toMatch(/^Slack.*: Internal server error \(500, simulated fault\)$/);
    expect(runs.find((r) => r.workflowId === tags.id)!.status).toBe('succeeded');
    expect((await readRuns({})).map((r) => r.status).sort()).toEqual(['failed', 'succeeded']);
  });

  it('retries a failed run with its original payload and workflow version, as a new run marked retryOf', async () => {
    await setFault('store-1', 'slack', { mode: 'always', status: 403 });
    const wf = await storeWorkflow({ trigger: ['loox', 'new-review'], steps: [toSlack('Rating {{ trigger.rating }}')] });
    const [failed] = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: { ...review, rating: 1 }, storeIds: ['store-1'] });
    expect(failed!.status).toBe('failed');
    await setFault('store-1', 'slack', undefined);
    await updateWorkflow(db, wf.id, (w) => ({ ...w, steps: w.steps.map((s) => (s.kind === 'action' ? { ...s, fields: { ...s.fields, text: 'edited' } } : s)) }));
    const retry = await retryRun(failed!.id);
    expect(retry).toMatchObject({ status: 'succeeded', retryOf: failed!.id, storeId: 'store-1' });
    expect(retry!.id).not.toBe(failed!.id);
    expect(retry!.event.payload).toEqual(failed!.event.payload);
    expect(retry!.steps[1]!.rendered).toEqual({ channel: '#reviews', text: 'Rating 1' });
    expect((await readRuns({ workflowId: wf.id })).map((r) => r.id)).toEqual([retry!.id, failed!.id]);
    expect(await retryRun('run-missing')).toBeUndefined();
  });
});

describe('retry from the failed step', () => {
  it('stores a new run that reuses the steps before the failed one (not sent again) and says so', async () => {
    await setFault('store-1', 'slack', { mode: 'always', status: 403 });
    await storeWorkflow({
      trigger: ['loox', 'new-review'],
      steps: [{ id: 'a0', action: ['shopify', 'add-customer-tags'], fields: { tags: 'reviewer' } }, toSlack('Rating {{ trigger.rating }}')],
    });
    const [failed] = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: review, storeIds: ['store-1'] });
    expect(failed!.steps.map((s) => s.status)).toEqual(['succeeded', 'succeeded', 'failed']);
    await setFault('store-1', 'slack', undefined);
    const retry = await retryFromStep(failed!.id);
    expect(retry).toMatchObject({ status: 'succeeded', retryOf: failed!.id, retryFrom: { runId: failed!.id, stepId: 'a1' } });
    expect(retry!.steps.map((s) => [s.stepId, s.status, s.reused ?? false])).toEqual([
      ['t', 'succeeded', true],
      ['a0', 'succeeded', true],
      ['a1', 'succeeded', false],
    ]);
    expect((await readRuns({})).find((r) => r.id === retry!.id)?.retryFrom).toEqual({ runId: failed!.id, stepId: 'a1' });
    await expect(retryFromStep(retry!.id)).rejects.toThrow('Only a failed run can be retried from its failed step.');
    expect(await retryFromStep('run-missing')).toBeUndefined();
  });
});

describe('a dry run', () => {
  it('runs on sample data without touching the sandbox or the run history', async () => {
    const wf = await storeWorkflow({ trigger: ['loox', 'new-review'], steps: [toSlack('{{ trigger.rating }} stars')], on: false });
    await fireTrigger({ app: 'loox', trigger: 'new-review', payload: review, storeIds: ['store-1'] }); // off: no run
    const before = { sandbox: await db.sandbox.toArray(), runs: await db.runs.count() };
    const run = await dryRun(wf, 'store-1');
    expect(run).toMatchObject({ status: 'succeeded', dryRun: true });
    expect(run.steps[1]!.rendered).toEqual({ channel: '#reviews', text: '2 stars' });
    expect(useDryRun.getState()).toMatchObject({ run, running: false, error: undefined });
    expect(await db.sandbox.toArray()).toEqual(before.sandbox);
    expect(await db.runs.count()).toBe(before.runs);
    useDryRun.getState().clear();
    await expect(dryRun({ ...wf, steps: [] }, 'store-1')).rejects.toThrow('Add a trigger before testing the workflow.');
    expect(useDryRun.getState().error).toBe('Add a trigger before testing the workflow.');
  });
});

describe('validatePayload', () => {
  it('accepts the sample payload', () => {
    expect(validatePayload('loox', 'new-review', JSON.stringify(review))).toEqual({ ok: true, payload: review });
  });

  it('rejects a payload over 50,000 bytes, bad JSON, a non-object, wrong field types and unknown fields, in plain words', () => {
    const big = JSON.stringify({ ...review, review_text: 'ł'.repeat(25_000) });
    expect(validatePayload('loox', 'new-review', big)).toEqual({ ok: false, problems: [expect.stringMatching(/^The payload is 50,\d{3} bytes; at most 50,000 bytes are allowed\.$/)] });
    const bad = validatePayload('loox', 'new-review', '{"rating": 5,');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]).toMatch(/^The payload is not valid JSON: /);
    expect(validatePayload('loox', 'new-review', '[1]')).toEqual({ ok: false, problems: ['The payload must be a JSON object, like { "customer_id": "123" }.'] });
    expect(validatePayload('loox', 'new-review', JSON.stringify({ ...review, rating: 'five', reviewer_email: 'nope', extra: 1 }))).toEqual({
      ok: false,
      problems: [
        '“rating” (Rating (1–5)) must be a whole number.',
        '“reviewer_email” (Reviewer e-mail) must be an e-mail address like name@example.com.',
        '“extra” is not a field of Loox – Photo Reviews · New review (its fields: customer_id, product_id, rating, review_text, reviewer_email, photo_url).',
      ],
    });
    expect(validatePayload('nope', 'x', '{}')).toEqual({ ok: false, problems: ['There is no app “nope” in the catalog.'] });
  });
});
