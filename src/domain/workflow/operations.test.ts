import { describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../../test/fixtures/sampleWorkflow';
import { formatIssues } from '../zodIssues';
import { Workflow, type Step } from './document';
import { createWorkflow, triggerStep } from './factory';
import { Operation, OperationError, applyOperation, applyPatchesTo, type OperationResult } from './operations';

/**
 * Applies `op` and checks the contract every operation keeps: the input is
 * untouched, the result parses (and is already in parsed form), the inverse
 * patches give back exactly the input and the patches turn the input into
 * the result.
 */
function apply(doc: Workflow, op: Operation): OperationResult {
  const before = structuredClone(doc);
  const result = applyOperation(doc, op);
  expect(doc).toStrictEqual(before);
  const parsed = Workflow.safeParse(result.doc);
  expect(parsed.success ? [] : formatIssues(parsed.error.issues)).toEqual([]);
  expect(parsed.data).toStrictEqual(result.doc);
  expect(applyPatchesTo(result.doc, result.inversePatches)).toStrictEqual(doc);
  expect(applyPatchesTo(doc, result.patches)).toStrictEqual(result.doc);
  return result;
}

const stepById = (doc: Workflow, id: string): Step => {
  const found = doc.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const linkKeys = (doc: Workflow) => doc.links.map((l) => `${l.from}:${l.port}->${l.to}`);
const newAction = (id: string): Step => ({
  id,
  kind: 'action',
  app: 'shopify',
  action: 'send-internal-email',
  position: { x: 10, y: 20 },
  note: '',
  fields: {},
});

describe('applyOperation', () => {
  it('addStep adds one unlinked step at the end', () => {
    const doc = sampleWorkflow();
    const { doc: next, patches } = apply(doc, { type: 'addStep', step: newAction('a3') });
    expect(next.steps.map((s) => s.id)).toEqual(['t', 'c', 'a1', 'w', 'a2', 'a3']);
    expect(next.links).toBe(doc.links);
    expect(patches).toHaveLength(1);
  });

  it('addStep adds the trigger of a workflow that has none', () => {
    const draft = Workflow.parse({ ...sampleWorkflow(), steps: [], links: [] });
    const trigger: Step = { id: 't', kind: 'trigger', app: 'shopify', trigger: 'order-paid', position: { x: 0, y: 0 }, note: '' };
    expect(apply(draft, { type: 'addStep', step: trigger }).doc.steps).toEqual([trigger]);
  });

  it('addSteps pastes steps with their links, also linking from an existing step', () => {
    const { doc } = apply(sampleWorkflow(), {
      type: 'addSteps',
      steps: [newAction('p1'), newAction('p2')],
      links: [
        { from: 'a1', port: 'next', to: 'p1' },
        { from: 'p1', port: 'next', to: 'p2' },
      ],
    });
    expect(doc.steps.map((s) => s.id).slice(-2)).toEqual(['p1', 'p2']);
    expect(linkKeys(doc).slice(-2)).toEqual(['a1:next->p1', 'p1:next->p2']);
  });

  it('removeSteps removes the steps and every link from or to them', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'removeSteps', ids: ['c', 'a1'] });
    expect(doc.steps.map((s) => s.id)).toEqual(['t', 'w', 'a2']);
    expect(linkKeys(doc)).toEqual(['w:next->a2']);
  });

  it('moveSteps moves a whole selection in one operation and leaves other steps shared', () => {
    const doc = sampleWorkflow();
    const { doc: next } = apply(doc, {
      type: 'moveSteps',
      moves: [
        { id: 'a1', position: { x: 5, y: 6 } },
        { id: 'a2', position: { x: 7, y: 8 } },
      ],
    });
    expect(stepById(next, 'a1').position).toEqual({ x: 5, y: 6 });
    expect(stepById(next, 'a2').position).toEqual({ x: 7, y: 8 });
    expect(stepById(next, 'w')).toBe(stepById(doc, 'w'));
  });

  it('moveSteps onto the same place records no patch, so no empty undo entry', () => {
    const doc = sampleWorkflow();
    const result = apply(doc, { type: 'moveSteps', moves: [{ id: 'w', position: { ...stepById(doc, 'w').position } }] });
    expect(result.patches).toEqual([]);
    expect(result.doc).toBe(doc);
  });

  it('connect adds a link on a free port', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'connect', from: 'a1', port: 'next', to: 'a2' });
    expect(linkKeys(doc)).toContain('a1:next->a2');
  });

  it('connect replaces the link already on that port', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'connect', from: 'c', port: 'then', to: 'a2' });
    expect(linkKeys(doc)).toEqual(['t:next->c', 'c:then->a2', 'c:otherwise->w', 'w:next->a2']);
  });

  it('connect with the link that is already there changes nothing', () => {
    expect(apply(sampleWorkflow(), { type: 'connect', from: 'c', port: 'then', to: 'a1' }).patches).toEqual([]);
  });

  it('disconnect removes the link on a port; on an empty port it changes nothing', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'disconnect', from: 'c', port: 'otherwise' });
    expect(linkKeys(doc)).toEqual(['t:next->c', 'c:then->a1', 'w:next->a2']);
    expect(apply(doc, { type: 'disconnect', from: 'c', port: 'otherwise' }).patches).toEqual([]);
  });

  it('updateFields sets, adds and removes (null or undefined) input values', () => {
    const { doc } = apply(sampleWorkflow(), {
      type: 'updateFields',
      id: 'a1',
      fields: { text: 'Thanks!', extra: 'x', channel: null },
    });
    expect(stepById(doc, 'a1')).toMatchObject({ fields: { text: 'Thanks!', extra: 'x' } });
    const { doc: again } = apply(doc, { type: 'updateFields', id: 'a1', fields: { extra: undefined } });
    expect(stepById(again, 'a1')).toMatchObject({ fields: { text: 'Thanks!' } });
    expect(Object.keys((stepById(again, 'a1') as { fields: object }).fields)).toEqual(['text']);
  });

  it('updateCondition replaces the criteria of a condition', () => {
    const criteria = {
      kind: 'group' as const,
      join: 'or' as const,
      items: [
        { kind: 'criterion' as const, field: 'order.total_price', operator: 'greater_than' as const, value: 100 },
        { kind: 'group' as const, join: 'and' as const, items: [] },
      ],
    };
    const { doc } = apply(sampleWorkflow(), { type: 'updateCondition', id: 'c', criteria });
    expect(stepById(doc, 'c')).toMatchObject({ criteria });
  });

  it('updateWait sets the duration of a wait', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'updateWait', id: 'w', duration: { amount: 3, unit: 'hours' } });
    expect(stepById(doc, 'w')).toMatchObject({ duration: { amount: 3, unit: 'hours' } });
  });

  it('updateNote sets the note of any step', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'updateNote', id: 't', note: 'Only reviews with a photo' });
    expect(stepById(doc, 't').note).toBe('Only reviews with a photo');
  });

  it('setAction chooses another action and starts its fields over', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'setAction', id: 'a2', app: 'shopify', action: 'add-customer-tags', fields: {} });
    expect(stepById(doc, 'a2')).toMatchObject({ app: 'shopify', action: 'add-customer-tags', fields: {} });
  });

  it('setTrigger chooses another app and event for the trigger step, keeping its links', () => {
    const doc = sampleWorkflow();
    const { doc: next } = apply(doc, { type: 'setTrigger', app: 'shopify', trigger: 'order-created' });
    expect(stepById(next, 't')).toMatchObject({ kind: 'trigger', app: 'shopify', trigger: 'order-created' });
    expect(next.links).toBe(doc.links);
  });

  const DAILY = 'DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO';
  const MONTHLY = 'DTSTART;TZID=Europe/Warsaw:20261201T090000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO';

  it('setTriggerSchedule sets, changes and removes the trigger schedule, each undone by its inverse patches', () => {
    const scheduled = apply(sampleWorkflow(), { type: 'setTrigger', app: 'shopify', trigger: 'scheduled-time' }).doc;
    const set = apply(scheduled, { type: 'setTriggerSchedule', schedule: DAILY });
    expect(stepById(set.doc, 't')).toMatchObject({ schedule: DAILY });
    expect(applyPatchesTo(set.doc, set.inversePatches)).toStrictEqual(scheduled);
    const changed = apply(set.doc, { type: 'setTriggerSchedule', schedule: MONTHLY });
    expect(changed.patches).toEqual([{ op: 'replace', path: ['steps', 0, 'schedule'], value: MONTHLY }]);
    expect(stepById(applyPatchesTo(changed.doc, changed.inversePatches), 't')).toMatchObject({ schedule: DAILY });
    const same = apply(changed.doc, { type: 'setTriggerSchedule', schedule: MONTHLY });
    expect(same.patches).toEqual([]);
    const removed = apply(changed.doc, { type: 'setTriggerSchedule', schedule: null });
    expect('schedule' in stepById(removed.doc, 't')).toBe(false);
    expect(applyPatchesTo(removed.doc, removed.inversePatches)).toStrictEqual(changed.doc);
  });

  it('setTriggerSchedule refuses a schedule text that is not Flow’s, naming the field and the part', () => {
    const doc = apply(sampleWorkflow(), { type: 'setTrigger', app: 'shopify', trigger: 'scheduled-time' }).doc;
    expect(() => applyOperation(doc, { type: 'setTriggerSchedule', schedule: DAILY.replace('20261201', '20260230') })).toThrow(
      /schedule.*DTSTART: 2026-02-30 09:00:00 is not a real date and time/,
    );
    expect(() => applyOperation(doc, { type: 'setTriggerSchedule', schedule: DAILY.replace('Europe/Warsaw', 'Europe/Atlantis') })).toThrow(
      /schedule.*DTSTART: "Europe\/Atlantis" is not a time zone/,
    );
    expect(() => applyOperation(doc, { type: 'setTriggerSchedule', schedule: DAILY.replace('DAILY', 'MINUTELY') })).toThrow(
      /schedule.*RRULE INTERVAL: a schedule repeats at most every 10 minutes/,
    );
    const empty = Workflow.parse({ ...sampleWorkflow(), steps: [], links: [] });
    expect(() => applyOperation(empty, { type: 'setTriggerSchedule', schedule: null })).toThrow(/no trigger step/);
  });

  it('setTrigger drops the schedule when the trigger changes, and keeps it when the same trigger is chosen again', () => {
    const scheduled = apply(sampleWorkflow(), { type: 'setTrigger', app: 'shopify', trigger: 'scheduled-time' }).doc;
    const set = apply(scheduled, { type: 'setTriggerSchedule', schedule: DAILY }).doc;
    const again = apply(set, { type: 'setTrigger', app: 'shopify', trigger: 'scheduled-time' });
    expect(again.patches).toEqual([]);
    const other = apply(set, { type: 'setTrigger', app: 'shopify', trigger: 'order-created' });
    expect('schedule' in stepById(other.doc, 't')).toBe(false);
    expect(stepById(applyPatchesTo(other.doc, other.inversePatches), 't')).toMatchObject({ schedule: DAILY });
  });

  it('rename sets the name, trimmed', () => {
    expect(apply(sampleWorkflow(), { type: 'rename', name: '  Reviews  ' }).doc.name).toBe('Reviews');
  });

  it('setDescription and setActivation set those fields', () => {
    expect(apply(sampleWorkflow(), { type: 'setDescription', description: 'New.' }).doc.description).toBe('New.');
    const activation = { on: true, scope: { kind: 'stores' as const, storeIds: ['s1'] }, offInStores: [] };
    expect(apply(sampleWorkflow(), { type: 'setActivation', activation }).doc.activation).toEqual(activation);
  });

  it('returns a frozen document, so nobody can change it behind the reducer', () => {
    const { doc } = apply(sampleWorkflow(), { type: 'addStep', step: newAction('a3') });
    expect(Object.isFrozen(doc.steps.at(-1))).toBe(true);
  });

  it('accepts an operation parsed from JSON, as it arrives from a worker', () => {
    const op = Operation.parse(JSON.parse('{"type":"updateFields","id":"a1","fields":{"channel":null}}'));
    expect(stepById(apply(sampleWorkflow(), op).doc, 'a1')).toMatchObject({
      fields: { text: 'New {{ trigger.rating }}-star review' },
    });
    expect('channel' in (stepById(apply(sampleWorkflow(), op).doc, 'a1') as { fields: object }).fields).toBe(false);
  });
});

describe('restoreContent', () => {
  it('replaces name, description, steps and links but keeps id and activation, and undoes in one step', () => {
    const current = createWorkflow('Now', 'wf-r');
    current.activation = { on: true, scope: { kind: 'all' }, offInStores: [] };
    const old = { name: 'Then', description: 'old', steps: [triggerStep('shopify', 'order-paid', { x: 0, y: 0 }, 't')], links: [] };
    const result = applyOperation(current, { type: 'restoreContent', ...old });
    expect(result.doc).toMatchObject({ id: 'wf-r', name: 'Then', description: 'old', activation: current.activation });
    expect(result.doc.steps).toHaveLength(1);
    expect(applyPatchesTo(result.doc, result.inversePatches)).toEqual(current);
  });

  it('refuses content that breaks the rules (a link to a missing step)', () => {
    expect(() =>
      applyOperation(createWorkflow('X', 'wf-x'), { type: 'restoreContent', name: 'X', description: '', steps: [], links: [{ from: 'a', port: 'next', to: 'b' }] }),
    ).toThrow(OperationError);
  });
});
