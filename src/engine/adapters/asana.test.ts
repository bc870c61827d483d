/**
 * Asana (simulated): tasks in a project given by ID, name or address, and
 * the project IDs, addresses and due dates it refuses. The contract every
 * adapter keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox } from '../../../test/fixtures/testFields';
import { asanaAdapter } from './asana';

const { run } = adapterHarness(asanaAdapter);

describe('asana', () => {
  it('creates a task in a project given by ID and returns its address', async () => {
    const sandbox = new MemorySandbox();
    const result = await run('create-task', { task_name: 'Pack order #1001' }, { sandbox });
    expect(result.output?.task_url).toBe(`https://app.asana.com/0/1204567890123456/${String(result.output?.task_id)}`);
    expect(sandbox.list('tasks')[0]).toMatchObject({ name: 'Pack order #1001', projectId: '1204567890123456', dueOn: '2025-03-20' });
  });

  it('reuses a project given by name and reads a project address', async () => {
    const sandbox = new MemorySandbox();
    const a = await run('create-task', { project: 'Fulfilment' }, { sandbox });
    const b = await run('create-task', { project: 'fulfilment' }, { sandbox });
    expect(String(a.output?.task_url).split('/')[4]).toBe(String(b.output?.task_url).split('/')[4]);
    const c = await run('create-task', { project: 'https://app.asana.com/0/1201111111111111/list' }, { sandbox });
    expect(String(c.output?.task_url)).toContain('/0/1201111111111111/');
    expect(sandbox.list('projects')).toHaveLength(2);
  });

  it('rejects a malformed project ID or address and an impossible due date', async () => {
    expect((await refusal(() => run('create-task', { project: '0123' }))).message).toMatch(/not an Asana project ID/);
    expect((await refusal(() => run('create-task', { project: '1204-5678' }))).message).toMatch(/not an Asana project ID/);
    expect((await refusal(() => run('create-task', { project: 'https://trello.com/b/1' }))).message).toMatch(
      /not an Asana address/,
    );
    expect((await refusal(() => run('create-task', { due_on: '2025-02-30' }))).message).toMatch(
      /due date "2025-02-30" is not a date/,
    );
  });
});
