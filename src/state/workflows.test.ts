import { beforeEach, describe, expect, it } from 'vitest';
import type { Workflow } from '../domain/workflow/document';
import { actionStep, triggerStep } from '../domain/workflow/factory';
import { getDb } from '../storage/db';
import { ensureOrganization } from '../storage/orgRepo';
import { readWorkflow, readWorkflowList } from '../storage/workflowRepo';
import { copyName } from './workflowCommands';
import { TurnOnRefused, workflowCommands as cmd } from './workflows';

const db = getDb();

beforeEach(async () => {
  await db.workflows.clear();
  await ensureOrganization(db);
});

async function stored(id: string): Promise<Workflow> {
  const wf = await readWorkflow(db, id);
  if (!wf) throw new Error(`workflow ${id} not stored`);
  return wf;
}

/** Order created → Add order tags "vip": a workflow with no validation errors in the demo organization. */
async function makeValid(id: string) {
  const wf = await stored(id);
  const trigger = triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't');
  const action = { ...actionStep('shopify', 'add-order-tags', { x: 0, y: 140 }, 'a'), fields: { tags: 'vip' } };
  await cmd.restore({ ...wf, steps: [trigger, action], links: [{ from: 't', port: 'next', to: 'a' }] });
}

describe('workflow commands', () => {
  it('names new workflows "Untitled workflow", then "Untitled workflow 2", 3, reusing a freed name', async () => {
    const a = await cmd.create();
    const b = await cmd.create();
    const c = await cmd.create();
    expect([(await stored(a)).name, (await stored(b)).name, (await stored(c)).name]).toEqual([
      'Untitled workflow',
      'Untitled workflow 2',
      'Untitled workflow 3',
    ]);
    await cmd.remove(b);
    expect((await stored(await cmd.create())).name).toBe('Untitled workflow 2');
  });

  it('creates an empty draft that is off, with a given name, and refuses a blank name', async () => {
    const id = await cmd.create('  Tag VIP orders ');
    expect(await stored(id)).toMatchObject({ name: 'Tag VIP orders', steps: [], links: [], activation: { on: false } });
    await expect(cmd.create('   ')).rejects.toThrow('Workflow not created: a workflow needs a name.');
  });

  it('renames a workflow and refuses an empty name, keeping the old one', async () => {
    const id = await cmd.create('Old');
    await cmd.rename(id, 'New name');
    expect((await stored(id)).name).toBe('New name');
    await expect(cmd.rename(id, '')).rejects.toThrow('Workflow not renamed: a workflow needs a name.');
    expect((await stored(id)).name).toBe('New name');
    await expect(cmd.rename('wf-gone', 'X')).rejects.toThrow('This workflow no longer exists.');
  });

  it('duplicates under a new id and "(copy)" name, turned off, with the same steps and links', async () => {
    const id = await cmd.create('VIP tags');
    await makeValid(id);
    await cmd.setOn(id, true);
    const copyId = await cmd.duplicate(id);
    const [source, copy] = [await stored(id), await stored(copyId)];
    expect(copyId).not.toBe(id);
    expect(copy.name).toBe('VIP tags (copy)');
    expect(copy.activation.on).toBe(false);
    expect(source.activation.on).toBe(true);
    expect(copy.steps).toEqual(source.steps);
    expect(copy.links).toEqual(source.links);
  });

  it('keeps a copy of a longest-allowed name within the name limit', () => {
    const name = copyName('x'.repeat(120));
    expect(name).toHaveLength(120);
    expect(name.endsWith(' (copy)')).toBe(true);
  });

  it('deletes a workflow and restores it unchanged, in its old place in the list', async () => {
    const older = await cmd.create('Older');
    await new Promise((r) => setTimeout(r, 5));
    const newer = await cmd.create('Newer');
    await makeValid(older);
    await cmd.setOn(older, true);
    const before = await readWorkflowList(db);
    const olderEntry = before.find((e) => e.workflow.id === older)!;

    const removed = await cmd.remove(older);
    expect((await readWorkflowList(db)).map((e) => e.workflow.id)).toEqual([newer]);
    expect(await readWorkflow(db, older)).toBeUndefined();

    await cmd.restore(removed, olderEntry.updatedAt);
    expect(await readWorkflowList(db)).toEqual(before);
    await expect(cmd.remove('wf-gone')).rejects.toThrow('This workflow no longer exists.');
  });

  it('refuses to turn on a workflow with errors, saying how many, and writes nothing', async () => {
    const id = await cmd.create();
    await expect(cmd.setOn(id, true)).rejects.toThrow('Fix 1 error before turning the workflow on.');
    // The refusal keeps its type through the transaction, so the UI can word it in its language.
    await expect(cmd.setOn(id, true)).rejects.toBeInstanceOf(TurnOnRefused);
    expect((await stored(id)).activation.on).toBe(false);

    // A trigger and an action left unlinked and empty: unreachable step + required input empty.
    const wf = await stored(id);
    const trigger = triggerStep('shopify', 'order-created', { x: 0, y: 0 }, 't');
    await cmd.restore({ ...wf, steps: [trigger, actionStep('shopify', 'add-order-tags', { x: 0, y: 140 }, 'a')] });
    await expect(cmd.setOn(id, true)).rejects.toThrow(/^Fix [2-9] errors before turning the workflow on\.$/);
  });

  it('reads a workflow stored with a field over the size limit, and refuses to turn it on for it', async () => {
    const id = await cmd.create();
    await makeValid(id);
    const wf = await stored(id);
    const long = '{{ order.name }}'.repeat(1000);
    await cmd.restore({ ...wf, steps: wf.steps.map((s) => (s.kind === 'action' ? { ...s, fields: { tags: long } } : s)) });
    expect((await stored(id)).steps.find((s) => s.kind === 'action')).toMatchObject({ fields: { tags: long } });
    await expect(cmd.setOn(id, true)).rejects.toThrow('Fix 1 error before turning the workflow on.');
  });

  it('turns a valid workflow on and off without touching its save time', async () => {
    const id = await cmd.create();
    await makeValid(id);
    const savedAt = (await db.workflows.get(id))!.updatedAt;
    await cmd.setOn(id, true);
    expect((await stored(id)).activation.on).toBe(true);
    await cmd.setOn(id, false);
    expect((await stored(id)).activation.on).toBe(false);
    expect((await db.workflows.get(id))!.updatedAt).toBe(savedAt);
  });

  it('always allows turning off, even a workflow with errors', async () => {
    const id = await cmd.create();
    const wf = await stored(id);
    await cmd.restore({ ...wf, activation: { ...wf.activation, on: true } });
    await cmd.setOn(id, false);
    expect((await stored(id)).activation.on).toBe(false);
  });
});
