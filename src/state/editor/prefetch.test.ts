/**
 * The boot's early read of the workflow an editor address names: handed over
 * once, to a session of that workflow only, and dropped when the address
 * changes before an editor took it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkflow } from '../../domain/workflow/factory';
import { getDb } from '../../storage/db';
import { putWorkflow } from '../../storage/workflowRepo';
import { prefetchWorkflow, takeWorkflowPrefetch } from './prefetch';

let page: EventTarget;

beforeEach(async () => {
  page = new EventTarget();
  vi.stubGlobal('window', page);
  await putWorkflow(getDb(), createWorkflow('Early', 'wf-early'), '2026-03-02T10:00:00.000Z');
});

afterEach(() => {
  takeWorkflowPrefetch('');
  vi.unstubAllGlobals();
});

describe("the boot's read of the editor's workflow", () => {
  it('is handed over once, to the session of that workflow', async () => {
    prefetchWorkflow('wf-early');
    expect(takeWorkflowPrefetch('wf-other')).toBeUndefined();
    prefetchWorkflow('wf-early');
    const read = takeWorkflowPrefetch('wf-early');
    expect((await read)?.doc?.name).toBe('Early');
    expect(takeWorkflowPrefetch('wf-early')).toBeUndefined();
  });

  it('is dropped when the address changes before the editor took it', () => {
    prefetchWorkflow('wf-early');
    page.dispatchEvent(new Event('hashchange'));
    expect(takeWorkflowPrefetch('wf-early')).toBeUndefined();
  });
});
