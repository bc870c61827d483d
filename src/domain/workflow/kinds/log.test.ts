import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../catalog/builtIn';
import { orgWith, workflow } from '../../../../test/fixtures/workflowSpec';
import { applyOperation, applyPatchesTo } from '../operations';
import { validateWorkflow } from '../validate';
import { logStep } from './log';
import { MAX_FIELD_CHARS } from './textFields';

const org = orgWith({ 'store-1': ['loox'] });
const withLog = (message: string) =>
  workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'l', body: { kind: 'log', message } }] });
const problemsOf = (message: string) => validateWorkflow(withLog(message), { catalog: builtInCatalog, org }).filter((p) => p.stepId === 'l');

describe('the log kind', () => {
  it('needs a message, and checks its Liquid against the data the trigger provides', () => {
    expect(problemsOf('').map((p) => [p.code, p.field])).toEqual([['required-input-empty', 'message']]);
    expect(problemsOf('Rated {{ trigger.rating }} by {{ customer.email }}')).toEqual([]);
    expect(problemsOf('{{ trigger.nope }}').map((p) => p.code)).toEqual(['liquid-unknown-variable']);
    expect(problemsOf('{{ trigger.rating ').map((p) => p.code)).toEqual(['liquid-syntax']);
  });

  it('reports a stored message over the size limit without parsing it', () => {
    expect(problemsOf(`{{ ${'x'.repeat(MAX_FIELD_CHARS)} }}`).map((p) => p.code)).toEqual(['field-too-long']);
  });

  it('sets its message through one undoable operation, refused past the size limit', () => {
    const doc = withLog('before');
    const { doc: after, inversePatches } = applyOperation(doc, { type: 'updateLog', id: 'l', message: 'after {{ trigger.rating }}' });
    expect(after.steps.find((s) => s.id === 'l')).toMatchObject({ message: 'after {{ trigger.rating }}' });
    expect(applyPatchesTo(after, inversePatches)).toEqual(doc);
    expect(() => applyOperation(doc, { type: 'updateLog', id: 'l', message: 'x'.repeat(MAX_FIELD_CHARS + 1) })).toThrow(/at most 10,000 characters/);
    expect(() => applyOperation(doc, { type: 'updateLog', id: 't', message: 'x' })).toThrow(/only log steps have a message/);
  });

  it('makes new steps with an empty message', () => {
    expect(logStep({ x: 0, y: 0 }, undefined, 'l1')).toEqual({ id: 'l1', kind: 'log', message: '', position: { x: 0, y: 0 }, note: '' });
  });
});
