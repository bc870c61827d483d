import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actionStep, createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { COALESCE_MS, createDocumentStore } from './documentStore';

let docStore = createDocumentStore();
const store = () => docStore.getState();

beforeEach(() => {
  vi.useFakeTimers();
  docStore = createDocumentStore();
  store().load(createWorkflow('Test', 'wf-1'));
});
afterEach(() => vi.useRealTimers());

describe('the document store', () => {
  it('undoes and redoes a sequence of operations in order', () => {
    const original = store().doc;
    store().dispatch({ type: 'addStep', step: triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't') });
    store().dispatch({ type: 'addStep', step: actionStep('slack', 'send-message', { x: 0, y: 100 }, 'a') });
    store().dispatch({ type: 'connect', from: 't', port: 'next', to: 'a' });
    const built = store().doc;
    expect(store().undo()).toBe(true);
    expect(store().doc?.links).toEqual([]);
    store().undo();
    store().undo();
    expect(store().doc).toEqual(original);
    expect(store().undo()).toBe(false);
    store().redo();
    store().redo();
    store().redo();
    expect(store().doc).toEqual(built);
  });

  it('refuses an invalid operation with a reason, keeping the document and history', () => {
    store().dispatch({ type: 'addStep', step: actionStep('slack', 'send-message', { x: 0, y: 0 }, 'a') });
    const before = store().doc;
    const result = store().dispatch({ type: 'connect', from: 'a', port: 'next', to: 'a' });
    expect(result.ok).toBe(false);
    expect(store().doc).toBe(before);
    expect(store().past).toHaveLength(1);
  });

  it('merges keystrokes in one field into one undo entry, but not across a pause', () => {
    store().dispatch({ type: 'addStep', step: actionStep('slack', 'send-message', { x: 0, y: 0 }, 'a') });
    for (const text of ['H', 'He', 'Hey']) {
      store().dispatch({ type: 'updateFields', id: 'a', fields: { text } }, { coalesceKey: 'a.text' });
    }
    vi.advanceTimersByTime(COALESCE_MS + 1);
    store().dispatch({ type: 'updateFields', id: 'a', fields: { text: 'Hey!' } }, { coalesceKey: 'a.text' });
    store().undo();
    expect(store().doc?.steps[0]).toMatchObject({ fields: { text: 'Hey' } });
    store().undo();
    expect(store().doc?.steps[0]).toMatchObject({ fields: {} });
  });

  it('a new edit after undo clears redo', () => {
    store().dispatch({ type: 'rename', name: 'A' });
    store().undo();
    store().dispatch({ type: 'rename', name: 'B' });
    expect(store().redo()).toBe(false);
    expect(store().doc?.name).toBe('B');
  });

  it('records nothing for an operation that changes nothing', () => {
    store().dispatch({ type: 'rename', name: 'Test' });
    expect(store().past).toHaveLength(0);
  });
});
