/**
 * The simulated clock: moving it resumes waiting runs at their time and
 * fires scheduled triggers in (old, new], in time order, and persists the
 * new time; it never moves back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { T0, freshRuntime, storeWorkflow } from '../../../test/fixtures/runtime';
import { getDb } from '../../storage/db';
import { readSetting } from '../../storage/settingsRepo';
import { advanceClock, setClock } from './clock';
import { ensureSimNow } from './simNow';
import { fireTrigger } from './fire';
import { samplePayload } from './payload';
import { readRuns } from './runs';
import { ensureFullCatalog } from '../catalog';

const HOUR = 3_600_000;
// Sample payloads come from the manifests, loaded as the pages that fire triggers load them.
await ensureFullCatalog();
const review = samplePayload('loox', 'new-review');
const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#c', text } });

beforeEach(async () => {
  await freshRuntime({ 'store-1': ['algolia'] });
});

describe('the simulated clock', () => {
  it('starts at the stored time and is kept across calls', async () => {
    expect(await ensureSimNow()).toBe(T0);
    await advanceClock(90_000);
    expect(await readSetting(getDb(), 'simNow')).toBe('2026-03-02T10:01:30.000Z');
  });

  it('resumes a waiting run when its time comes, and fires a daily schedule in the window', async () => {
    const waits = await storeWorkflow({ id: 'wf-wait', trigger: ['loox', 'new-review'], steps: [{ id: 'w', wait: [1, 'hours'] }, slack('a1', 'later')] });
    const daily = await storeWorkflow({ id: 'wf-daily', trigger: ['algolia', 'top-searches'], steps: [slack('a1', '{{ trigger.total_searches }} searches on {{ trigger.report_date }}')] });
    const [waiting] = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: review, storeIds: ['store-1'] });
    expect(waiting).toMatchObject({ status: 'waiting', resumeAt: '2026-03-02T11:00:00.000Z' });

    expect(await advanceClock(HOUR / 2)).toEqual([]);
    expect((await readRuns({ workflowId: waits.id }))[0]!.status).toBe('waiting');

    const made = await advanceClock(24 * HOUR);
    // 06:00 of each demo store's day: New York (11:00Z on the 2nd), Warsaw and Berlin (05:00Z), UTC (06:00Z).
    expect(made.map((r) => [r.workflowId, r.storeId, r.status, r.startedAt])).toEqual([
      [waits.id, 'store-1', 'succeeded', '2026-03-02T10:00:00.000Z'],
      [daily.id, 'store-3', 'skipped', '2026-03-02T11:00:00.000Z'],
      [daily.id, 'store-1', 'succeeded', '2026-03-03T05:00:00.000Z'],
      [daily.id, 'store-2', 'skipped', '2026-03-03T05:00:00.000Z'],
      [daily.id, 'store-4', 'skipped', '2026-03-03T06:00:00.000Z'],
    ]);
    const [resumed, , report] = made;
    expect(resumed!.id).toBe(waiting!.id);
    expect(resumed!.steps.find((s) => s.kind === 'wait')!.output).toEqual({ resumedAt: '2026-03-02T11:00:00.000Z' });
    expect(report!.startedAt).toBe('2026-03-03T05:00:00.000Z');
    expect(report!.steps[1]!.rendered?.text).toBe('3184 searches on 2026-03-03');
    // The stored record is the resumed one; nothing waits any more.
    expect(await readRuns({ status: 'waiting' })).toEqual([]);
    expect((await readRuns({ workflowId: waits.id })).map((r) => r.status)).toEqual(['succeeded']);
    expect(await readSetting(getDb(), 'simNow')).toBe('2026-03-03T10:30:00.000Z');
  });

  it('resumes a run twice in one move when it waits again after resuming', async () => {
    await storeWorkflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'w1', wait: [1, 'hours'] }, slack('a1', 'one'), { id: 'w2', wait: [2, 'hours'] }, slack('a2', 'two')] });
    const [run] = await fireTrigger({ app: 'loox', trigger: 'new-review', payload: review, storeIds: ['store-1'] });
    const made = await setClock('2026-03-02T20:00:00.000Z');
    expect(made.map((r) => [r.id, r.status])).toEqual([
      [run!.id, 'waiting'],
      [run!.id, 'succeeded'],
    ]);
    expect(made[1]!.finishedAt).toBe('2026-03-02T13:00:00.000Z');
  });

  it('refuses to move back', async () => {
    await expect(setClock('2026-03-01T00:00:00.000Z')).rejects.toThrow(`The simulated clock only moves forward; it is already ${T0}.`);
    await expect(advanceClock(-1)).rejects.toThrow('The clock can only be moved forward.');
    expect(await readSetting(getDb(), 'simNow')).toBe(T0);
  });

  it('moves past a waiting run it cannot read, without looping', async () => {
    await getDb().runs.put({ id: 'run-bad', workflowId: 'wf', storeId: 'store-1', status: 'waiting', startedAt: T0, resumeAt: '2026-03-02T11:00:00.000Z', record: { broken: true }, schemaVersion: 1 });
    expect(await advanceClock(2 * HOUR)).toEqual([]);
    expect(await readSetting(getDb(), 'simNow')).toBe('2026-03-02T12:00:00.000Z');
  });
});
