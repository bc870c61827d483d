import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../storage/db';
import { ensureOrganization } from '../storage/orgRepo';
import { readWorkflow, readWorkflowList } from '../storage/workflowRepo';
import { loadTemplates } from './templates';
import { createFromTemplate, resetDemo } from './templateUse';

const db = getDb();

beforeEach(async () => {
  await db.workflows.clear();
  await ensureOrganization(db);
});

const polish = (id: string) => (id === 'low-loox-rating' ? { name: 'Niska ocena Loox', description: 'Opis po polsku' } : undefined);

describe('workflows made from templates', () => {
  it('are named and described in the words the UI gives, with the template’s steps, turned off', async () => {
    const template = (await loadTemplates()).find((t) => t.id === 'low-loox-rating')!;
    const id = await createFromTemplate('low-loox-rating', polish);
    const wf = (await readWorkflow(db, id))!;
    expect(wf.name).toBe('Niska ocena Loox');
    expect(wf.description).toBe('Opis po polsku');
    expect(wf.steps).toEqual(template.workflow.steps);
    expect(wf.activation.on).toBe(false);
  });

  it('keep the file’s own words when the UI has none for that template', async () => {
    const template = (await loadTemplates()).find((t) => t.id === 'vip-orders')!;
    const id = await createFromTemplate('vip-orders', polish);
    expect((await readWorkflow(db, id))!.name).toBe(template.workflow.name);
  });

  it('Reset demo names its sample workflows in the UI’s words too', async () => {
    await resetDemo(polish);
    const names = (await readWorkflowList(db)).map((e) => e.workflow.name);
    expect(names).toContain('Niska ocena Loox');
    expect(names).toHaveLength(3);
  });
});
