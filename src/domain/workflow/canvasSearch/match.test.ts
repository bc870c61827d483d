/**
 * What the canvas search finds in the sample workflow (Loox review →
 * condition → Slack / wait → tag order) against the demo organization:
 * text in names, apps, fields and notes, each filter, AND, and the order
 * and reasons of the hits.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../catalog/builtIn';
import { demoOrganization } from '../../org/demo';
import type { Organization } from '../../org/organization';
import { type Activation, DEFAULT_ACTIVATION } from '../activation';
import type { Step, StickyNote } from '../document';
import { createStickyNote } from '../stickyNotes';
import { sampleWorkflow } from '../../../../test/fixtures/sampleWorkflow';
import { type CanvasSearchContext, searchSteps } from './match';
import { parseCanvasQuery } from './query';

const org = demoOrganization('2026-12-01T00:00:00.000Z');
const ON: Activation = { on: true, scope: { kind: 'all' }, offInStores: [] };

function run(text: string, options: { steps?: Step[]; org?: Organization; activation?: Activation; errors?: Record<string, number>; notes?: StickyNote[] } = {}) {
  const wf = sampleWorkflow();
  const steps = options.steps ?? wf.steps;
  const ctx: CanvasSearchContext = {
    catalog,
    org: options.org ?? org,
    workflow: { name: wf.name, activation: options.activation ?? ON },
    errorCount: (id) => options.errors?.[id] ?? 0,
    names: (step) => ({ t: ['New review', 'Nowa recenzja'], c: ['Condition', 'Warunek'], a1: ['Send message'], w: ['Wait one day'], a2: ['Add order tags'] })[step.id] ?? [],
  };
  return searchSteps(steps, parseCanvasQuery(text), ctx, options.notes);
}
const ids = (r: ReturnType<typeof run>) => r.hits.map((h) => h.stepId);

describe('searchSteps: text', () => {
  it('finds a step by its name in either language, and says so', () => {
    expect(ids(run('recenzja'))).toEqual(['t']);
    expect(run('recenzja').hits[0]!.reasons).toEqual([{ code: 'name', text: 'Nowa recenzja' }]);
  });

  it('finds steps by app name in English or Polish', () => {
    expect(ids(run('slack'))).toEqual(['a1']);
    expect(run('slack').hits[0]!.reasons).toEqual([{ code: 'app', app: catalog.byId.get('slack')!.name }]);
  });

  it('finds field values (an action field, a condition value) and names the field', () => {
    expect(run('#reviews').hits).toEqual([{ stepId: 'a1', reasons: [{ code: 'field', field: 'channel', text: '#reviews' }] }]);
    expect(run('low-review').hits).toEqual([{ stepId: 'a2', reasons: [{ code: 'field', field: 'tags', text: 'low-review' }] }]);
    expect(ids(run('trigger.rating'))).toEqual(['c', 'a1']);
  });

  it('finds notes', () => {
    const steps = sampleWorkflow().steps.map((s) => (s.id === 'w' ? { ...s, note: 'Give the customer a day to calm down' } : s));
    expect(run('calm', { steps }).hits).toEqual([{ stepId: 'w', reasons: [{ code: 'note', text: 'Give the customer a day to calm down' }] }]);
  });

  it('needs every word to match (AND), and never matches ids or positions', () => {
    expect(ids(run('slack reviews'))).toEqual(['a1']);
    expect(ids(run('slack tags'))).toEqual([]);
    expect(ids(run('a2'))).toEqual([]);
    expect(ids(run('send-message'))).toEqual([]);
  });

  it('lists hits top to bottom, then left to right', () => {
    expect(ids(run('e'))).toEqual(['t', 'c', 'a1', 'w', 'a2']);
  });

  it('an empty query finds nothing', () => {
    expect(run('  ').hits).toEqual([]);
  });
});

describe('searchSteps: filters', () => {
  it('is:invalid finds steps with error problems, with their count', () => {
    expect(run('is:invalid', { errors: { c: 2 } }).hits).toEqual([{ stepId: 'c', reasons: [{ code: 'invalid', count: 2 }] }]);
  });

  it('is:not-installed finds steps whose app is missing in a store the workflow targets', () => {
    const r = run('is:not-installed');
    expect(ids(r)).toEqual(['t', 'a1']);
    expect(r.hits[0]!.reasons).toEqual([{ code: 'not-installed', app: catalog.byId.get('loox')!.name, stores: ['Store 4'] }]);
    expect(r.hits[1]!.reasons).toEqual([{ code: 'not-installed', app: catalog.byId.get('slack')!.name, stores: ['Store 3', 'Store 4'] }]);
  });

  it('is:not-installed counts only the stores in the workflow’s scope', () => {
    const scoped: Activation = { on: true, scope: { kind: 'stores', storeIds: ['store-1', 'store-2'] }, offInStores: [] };
    expect(ids(run('is:not-installed', { activation: scoped }))).toEqual([]);
  });

  it('is:disabled-in finds the steps whose app keeps the workflow from running in that store', () => {
    const r = run('is:disabled-in:"store 3"');
    expect(r.hits).toEqual([
      {
        stepId: 'a1',
        reasons: [{ code: 'disabled-in', store: 'Store 3', reasons: [expect.objectContaining({ detail: expect.objectContaining({ code: 'app-not-installed-in-store' }) })] }],
      },
    ]);
    expect(r.workflow).toEqual([]);
  });

  it('is:disabled-in reports reasons of the whole workflow apart, and accepts a store id', () => {
    const r = run('is:disabled-in:store-1', { activation: DEFAULT_ACTIVATION });
    expect(r.hits).toEqual([]);
    expect(r.workflow).toEqual([{ store: 'Store 1', reasons: [expect.objectContaining({ detail: expect.objectContaining({ code: 'workflow-off' }) })] }]);
  });

  it('reports a store or an app that the query names but does not exist', () => {
    const r = run('is:disabled-in:Atlantis app:nosuchapp');
    expect(r.unknownStores).toEqual(['Atlantis']);
    expect(r.unknownApps).toEqual(['nosuchapp']);
    expect(r.hits).toEqual([]);
  });

  it('app: takes an id or an English or Polish name', () => {
    expect(ids(run('app:slack'))).toEqual(['a1']);
    const sheets: Step = { id: 's', kind: 'action', app: 'google-sheets', action: 'add-row', position: { x: 0, y: 500 }, note: '', fields: {} } as unknown as Step;
    const steps = [...sampleWorkflow().steps, sheets];
    expect(ids(run('app:"Arkusze Google"', { steps }))).toEqual(['s']);
    expect(ids(run('app:"google sheets"', { steps }))).toEqual(['s']);
  });

  it('combines filters with text (AND)', () => {
    expect(ids(run('is:not-installed message'))).toEqual(['a1']);
    expect(ids(run('is:invalid slack', { errors: { c: 1, a1: 1 } }))).toEqual(['a1']);
  });
});

describe('searchSteps: sticky notes', () => {
  const notes = [
    { ...createStickyNote({ x: 0, y: 150 }, 'n1'), text: 'Ask **Anna** about the review threshold' },
    { ...createStickyNote({ x: 900, y: -500 }, 'n2'), text: 'Slack channel is #reviews' },
  ];

  it('finds notes by every word of their text, in canvas order with the steps', () => {
    const r = run('review', { notes });
    expect(r.hits.find((h) => h.stepId === 'n1')).toEqual({ stepId: 'n1', reasons: [{ code: 'sticky-note', text: notes[0]!.text }], note: true });
    expect(ids(r)[0]).toBe('n2'); // the top-most item comes first
    expect(ids(run('anna threshold', { notes }))).toEqual(['n1']);
    expect(ids(run('anna slack', { notes }))).toEqual([]);
  });

  it('a filter finds no note: notes have no app and no problems', () => {
    expect(ids(run('is:invalid', { notes, errors: { c: 1 } }))).toEqual(['c']);
    expect(ids(run('app:slack channel', { notes }))).toEqual([]);
  });
});
