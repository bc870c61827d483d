import { describe, expect, it } from 'vitest';
import { context, event, orgWith, workflow } from '../../../test/fixtures/engine';
import { startRun } from '../interpreter';

const review = { customer_id: '1', product_id: '2', rating: 2, review_text: 'Zbyt mały', reviewer_email: 'a@b.pl', photo_url: '' };

describe('running a log step', () => {
  it('writes its rendered message into the run record, and goes on', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox'] }), []);
    const wf = workflow({
      trigger: ['loox', 'new-review'],
      steps: [
        { id: 'l', body: { kind: 'log', message: 'Review of {{ trigger.rating }} stars: {{ trigger.review_text }}' } },
        { id: 'w', wait: [1, 'hours'] },
      ],
    });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review), dryRun: true });
    expect(run.status).toBe('succeeded');
    const log = run.steps.find((s) => s.stepId === 'l')!;
    expect(log).toMatchObject({ kind: 'log', name: 'Log output', status: 'succeeded', logs: ['Review of 2 stars: Zbyt mały'] });
    expect(run.steps.map((s) => s.stepId)).toEqual(['t', 'l', 'w']);
  });

  it('fails the step, and the run, when the message does not render', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox'] }), []);
    const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'l', body: { kind: 'log', message: '{{ trigger.nope }}' } }] });
    const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) });
    expect(run.status).toBe('failed');
    expect(run.steps.find((s) => s.stepId === 'l')).toMatchObject({ status: 'failed', error: 'Unknown variable trigger.nope in Message to log' });
  });
});
