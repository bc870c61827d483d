/** The workflow the tour shows in the editor: an existing one when there is any, never a new copy on every reopening. */
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../storage/db';
import { ensureOrganization } from '../storage/orgRepo';
import { readWorkflowList } from '../storage/workflowRepo';
import { workflowForTour } from './tourWorkflow';
import { workflowCommands } from './workflows';

const db = getDb();

beforeEach(async () => {
  await db.workflows.clear();
  await ensureOrganization(db);
});

describe('workflowForTour', () => {
  it('makes the sample workflow from its template when there is none, and reuses it after', async () => {
    const id = await workflowForTour();
    const list = await readWorkflowList(db);
    expect(list).toHaveLength(1);
    expect(list[0]!.workflow.name).toBe('Low Loox rating: alert, otherwise thank');
    expect(list[0]!.workflow.activation.on).toBe(false);
    expect(await workflowForTour()).toBe(id);
    expect(await readWorkflowList(db)).toHaveLength(1);
  });

  it('opens a workflow the user already has instead of adding one', async () => {
    const mine = await workflowCommands.create('Mine');
    expect(await workflowForTour()).toBe(mine);
    expect(await readWorkflowList(db)).toHaveLength(1);
  });
});
