import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { Workflow } from '../../domain/workflow/document';
import { sampleWorkflowJson } from '../../../test/fixtures/sampleWorkflow';
import { ensureFullCatalog } from '../../state/catalog';
import { loadCatalog } from '../i18n/catalog';
import { KIND_PALETTE, PORT_LABELS, stepHeadingIn, stepTextIn } from '.';

// The pages that show steps load the manifests first: actions are named by them (action.ts).
beforeAll(() => Promise.all([loadCatalog('pl'), ensureFullCatalog()]));

const steps = () => new Map(Workflow.parse(sampleWorkflowJson()).steps.map((s) => [s.id, s]));

describe('stepHeadingIn', () => {
  it('names the app over the step, in the language', () => {
    const s = steps();
    expect(stepHeadingIn('en', s.get('a1')!)).toEqual({ app: 'Slack', name: 'Send Slack message' });
    expect(stepHeadingIn('en', s.get('c')!)).toEqual({ app: 'Logic', name: 'Condition' });
    expect(stepHeadingIn('en', s.get('w')!).name).toBe('Wait');
    expect(stepHeadingIn('en', s.get('t')!).app).toBe(catalog.byId.get('loox')!.name.en);
    expect(stepHeadingIn('pl', s.get('c')!)).toEqual({ app: 'Logika', name: 'Warunek' });
  });

  it('shows the ids of an app the catalog does not know', () => {
    const action = steps().get('a1')!;
    if (action.kind !== 'action') throw new Error('fixture');
    const step = { ...action, app: 'gone-app', action: 'old-action' };
    expect(stepHeadingIn('en', step)).toEqual({ app: 'gone-app', name: 'old-action' });
  });
});

describe('stepTextIn', () => {
  it("words each kind's steps in the language", () => {
    const s = steps();
    expect(stepTextIn('en', s.get('w')!)).toEqual({ kindLabel: 'Wait', appName: 'Logic', title: 'Wait 1 day' });
    expect(stepTextIn('pl', s.get('w')!).kindLabel).toBe('Czekanie');
    const action = s.get('a1')!;
    if (action.kind !== 'action') throw new Error('fixture');
    expect(stepTextIn('en', { ...action, action: 'gone' }).title).toBe('Unknown action (gone)');
  });
});

describe('the registry', () => {
  it('offers Flow’s own kinds, and only they, in the palette, one entry per set of args, and names the branch ports', () => {
    expect(KIND_PALETTE.map((e) => `${e.section}:${e.item.kind}`)).toEqual([
      'logic:condition', 'logic:wait', 'logic:log', 'logic:forEach',
      'data:getData', 'data:getData', 'data:getData', 'data:getData',
      'logic:runCode', 'logic:adminApi',
    ]);
    expect(KIND_PALETTE.filter((e) => e.item.kind === 'getData').map((e) => e.entry.name.en)).toEqual([
      'Get order data', 'Get customer data', 'Get product data', 'Get draft order data',
    ]);
    expect(PORT_LABELS).toMatchObject({ then: 'canvas.port.then', otherwise: 'canvas.port.otherwise', loop_body: 'canvas.port.loopBody', after: 'canvas.port.after' });
  });
});
