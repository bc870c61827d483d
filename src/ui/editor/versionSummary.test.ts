import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { diffWorkflows, summarizeDiff } from '../../domain/workflow/diff';
import { actionStep, createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { createStickyNote } from '../../domain/workflow/stickyNotes';
import type { WorkflowVersion } from '../../state/editor/history';
import { loadCatalog } from '../i18n/catalog';
import { translateIn, type Translate } from '../i18n';
import { summarizeChanges, versionSummary } from './versionSummary';

const en: Translate = (key, params) => translateIn('en', key, params);
const pl: Translate = (key, params) => translateIn('pl', key, params);
beforeAll(() => loadCatalog('pl'));

const before = createWorkflow('Orders');
before.steps.push(triggerStep('shopify', 'order-created', { x: 0, y: 0 }));
const after = structuredClone(before);
after.name = 'Big orders';
after.steps.push(actionStep('slack', 'send-message', { x: 0, y: 100 }));
after.steps.push(actionStep('slack', 'send-message', { x: 0, y: 200 }));
after.notes.push(createStickyNote({ x: 300, y: 0 }, 'n1'));
const version = (reason: WorkflowVersion['reason'], doc = after): WorkflowVersion => ({
  seq: 2,
  workflowId: doc.id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  reason,
  summary: '',
  doc,
});

describe('version summaries', () => {
  it('says in English exactly what storage records', () => {
    const diff = diffWorkflows(catalog, before, after);
    expect(summarizeChanges(diff, en)).toBe(summarizeDiff(diff));
    expect(summarizeChanges(diffWorkflows(catalog, before, before), en)).toBe(summarizeDiff(diffWorkflows(catalog, before, before)));
  });

  it('says it in Polish, with Polish plurals', () => {
    expect(versionSummary(version('edit'), version('create', before), pl)).toBe('dodano 2 kroki, dodano 1 notatkę, zmieniono nazwę na „Big orders”');
    expect(versionSummary(version('create'), undefined, pl)).toBe('Utworzono');
    expect(versionSummary(version('restore'), undefined, pl)).toBe('Przywrócono wcześniejszą wersję');
    expect(versionSummary(version('edit'), undefined, en)).toBe('Saved');
  });
});
