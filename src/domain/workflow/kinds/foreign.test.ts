/** The foreign kind's rules: it keeps a Flow step as it came, may be linked like any step, and blocks the workflow with "Flowbench can't run <task id>". */
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../catalog/builtIn';
import { Workflow } from '../document';
import { createWorkflow } from '../factory';
import { hasBlockingErrors } from '../problems';
import { validateWorkflow } from '../validate';
import { foreignStep } from './foreign';
import { triggerStep } from './trigger';

const raw = '{"config_field_values":[{"config_field_id":"phone","value":"{{ order.phone }}"}],"step_id":7,"task_id":"acme::sms::send","task_type":"ACTION","task_version":"2.0"}';
const sms = foreignStep({ x: 0, y: 200 }, { taskId: 'acme::sms::send', taskType: 'ACTION', taskVersion: '2.0', fields: [{ id: 'phone', value: '{{ order.phone }}' }], raw }, 'sms');

describe('foreign steps', () => {
  it('are linked after a trigger like any step, and keep the Flow step text exactly', () => {
    const trigger = triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 'trigger');
    const wf = Workflow.parse({ ...createWorkflow('Foreign'), steps: [trigger, sms], links: [{ from: 'trigger', port: 'next', to: 'sms' }] });
    const kept = wf.steps[1];
    expect(kept?.kind === 'foreign' && kept.raw).toBe(raw);
  });

  it('fail validation with "Flowbench can\'t run <task id>", which blocks the workflow', () => {
    const trigger = triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 'trigger');
    const problems = validateWorkflow({ steps: [trigger, sms], links: [{ from: 'trigger', port: 'next', to: 'sms' }] }, { catalog, org: { name: 'Shop', stores: [{ id: 's1', name: 's1', flowInstalled: true, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' }], installations: [] } });
    const mine = problems.filter((p) => p.stepId === 'sms');
    expect(mine).toEqual([expect.objectContaining({ code: 'foreign-task', severity: 'error', params: { taskId: 'acme::sms::send' } })]);
    expect(mine[0]?.message).toMatch(/^Flowbench can't run acme::sms::send/);
    expect(hasBlockingErrors(problems)).toBe(true);
  });

  it('refuse a Flow type with more than one way on (Flowbench draws one port for them)', () => {
    expect(Workflow.safeParse({ ...createWorkflow('x'), steps: [{ ...sms, taskType: 'CONDITION' }] }).success).toBe(false);
  });
});
