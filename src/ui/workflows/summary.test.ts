import { describe, expect, it } from 'vitest';
import { catalog } from '../../domain/catalog/catalog';
import { demoOrganization } from '../../domain/org/demo';
import { createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { lastEdited, storesSummary, triggerLabel } from './summary';

const org = demoOrganization('2026-01-01T00:00:00.000Z');

describe('workflow list summaries', () => {
  it('names the trigger by app and event, or says there is none yet', () => {
    const wf = createWorkflow('W');
    expect(triggerLabel(wf, catalog)).toBe('No trigger yet');
    wf.steps.push(triggerStep('shopify', 'order-created', { x: 0, y: 0 }));
    expect(triggerLabel(wf, catalog)).toBe('Shopify · Order created');
  });

  it('counts the stores a workflow runs in, with the reasons for the others', () => {
    const wf = createWorkflow('Reviews');
    wf.steps.push(triggerStep('loox', 'new-review', { x: 0, y: 0 }));
    expect(storesSummary(wf, org, catalog)).toEqual({ text: 'Off', notRunning: [] });

    wf.activation.on = true;
    // Loox is installed in stores 1–3 of the demo, not in store 4.
    const summary = storesSummary(wf, org, catalog);
    expect(summary.text).toBe('On in 3 of 4 stores');
    expect(summary.notRunning).toEqual([{ store: 'Store 4', reasons: ['Loox – Photo Reviews is not installed in Store 4.'] }]);
  });

  it('says when an edit happened, relative for the last week', () => {
    const now = Date.parse('2026-03-10T12:00:00.000Z');
    expect(lastEdited('2026-03-10T11:59:50.000Z', now)).toBe('just now');
    expect(lastEdited('2026-03-10T11:55:00.000Z', now)).toBe('5 minutes ago');
    expect(lastEdited('2026-03-10T10:30:00.000Z', now)).toBe('1 hour ago');
    expect(lastEdited('2026-03-09T06:00:00.000Z', now)).toBe('yesterday');
    expect(lastEdited('2026-02-01T12:00:00.000Z', now)).toBe(new Date('2026-02-01T12:00:00.000Z').toLocaleDateString());
  });
});
