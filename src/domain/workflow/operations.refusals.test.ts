import { describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../../test/fixtures/sampleWorkflow';
import { MAX_FIELD_CHARS, Workflow, type Link, type Step } from './document';
import { OperationError, applyOperation, canConnect, type Operation } from './operations';

/** Expects `op` to be refused with `message` and the document to stay exactly as it was. */
function expectRefused(op: Operation, message: string | RegExp, doc: Workflow = sampleWorkflow()): void {
  const before = structuredClone(doc);
  let error: unknown;
  try {
    applyOperation(doc, op);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(OperationError);
  expect((error as Error).message).toMatch(message);
  expect(doc).toStrictEqual(before);
}

const wait = (id: string): Step => ({ id, kind: 'wait', position: { x: 0, y: 0 }, note: '', duration: { amount: 1, unit: 'days' } });
const CYCLE = 'This link would create a cycle: a workflow cannot loop back.';

describe('applyOperation refuses what would break the document', () => {
  it('a link that closes a cycle', () => {
    expectRefused({ type: 'connect', from: 'a2', port: 'next', to: 'c' }, CYCLE);
  });

  it('a link into the trigger', () => {
    expectRefused({ type: 'connect', from: 'a2', port: 'next', to: 't' }, /^Nothing can link into the trigger/);
  });

  it('a step linked to itself', () => {
    expectRefused({ type: 'connect', from: 'a2', port: 'next', to: 'a2' }, 'A step cannot link to itself.');
  });

  it('a port the step kind does not have', () => {
    expectRefused(
      { type: 'connect', from: 'a1', port: 'then', to: 'a2' },
      'An action step has no "then" output (it has "next").',
    );
    expectRefused(
      { type: 'disconnect', from: 'c', port: 'next' },
      'A condition step has no "next" output (it has "then" and "otherwise").',
    );
  });

  it('a second trigger', () => {
    const trigger: Step = { id: 't2', kind: 'trigger', app: 'shopify', trigger: 'order-paid', position: { x: 0, y: 0 }, note: '' };
    expectRefused({ type: 'addStep', step: trigger }, /already has a trigger/);
    expectRefused({ type: 'addSteps', steps: [trigger], links: [] }, /already has a trigger/);
  });

  it('a step id already used, in the workflow or twice in one paste', () => {
    expectRefused({ type: 'addStep', step: wait('a1') }, 'The step id "a1" is already used in this workflow.');
    expectRefused({ type: 'addSteps', steps: [wait('n'), wait('n')], links: [] }, /"n" is already used/);
  });

  it('steps that do not exist', () => {
    expectRefused({ type: 'connect', from: 'ghost', port: 'next', to: 'a2' }, 'There is no step "ghost" to link from.');
    expectRefused({ type: 'connect', from: 'a1', port: 'next', to: 'ghost' }, 'There is no step "ghost" to link to.');
    expectRefused({ type: 'disconnect', from: 'ghost', port: 'next' }, 'There is no step "ghost" in this workflow.');
    expectRefused({ type: 'removeSteps', ids: ['a1', 'ghost'] }, 'There is no step "ghost" in this workflow.');
    expectRefused({ type: 'moveSteps', moves: [{ id: 'ghost', position: { x: 0, y: 0 } }] }, /no step "ghost"/);
    expectRefused({ type: 'updateNote', id: 'ghost', note: '' }, /no step "ghost"/);
  });

  it('a paste whose links break a rule', () => {
    const paste = (links: Link[]): Operation => ({ type: 'addSteps', steps: [wait('n')], links });
    expectRefused(paste([{ from: 'c', port: 'then', to: 'n' }]), 'The "then" output of step "c" already has a link.');
    expectRefused(
      paste([
        { from: 'a2', port: 'next', to: 'n' },
        { from: 'n', port: 'next', to: 'c' },
      ]),
      CYCLE,
    );
    expectRefused(paste([{ from: 'n', port: 'next', to: 't' }]), /^Nothing can link into the trigger/);
    expectRefused(paste([{ from: 'n', port: 'next', to: 'ghost' }]), 'There is no step "ghost" to link to.');
  });

  it('a change meant for another kind of step', () => {
    expectRefused(
      { type: 'updateFields', id: 'c', fields: { x: 'y' } },
      'Step "c" is a condition step: only actions have input fields.',
    );
    expectRefused({ type: 'updateWait', id: 'a1', duration: { amount: 1, unit: 'hours' } }, /^Step "a1" is an action step/);
    expectRefused({ type: 'updateCondition', id: 'w', criteria: { kind: 'group', join: 'and', items: [] } }, /is a wait step/);
    expectRefused({ type: 'setAction', id: 't', app: 'slack', action: 'send-message', fields: {} }, /is a trigger step/);
  });

  it('choosing the trigger event of a workflow that has no trigger step', () => {
    const draft = Workflow.parse({ ...sampleWorkflow(), steps: [], links: [] });
    expectRefused({ type: 'setTrigger', app: 'shopify', trigger: 'order-paid' }, /no trigger step yet/, draft);
  });

  it('values the schema refuses, even from an operation built in code', () => {
    expectRefused({ type: 'rename', name: '   ' }, 'This change is not valid: $.name: a workflow needs a name.');
    expectRefused({ type: 'updateWait', id: 'w', duration: { amount: 0, unit: 'days' } }, /^This change is not valid: \$\.duration\.amount/);
    expectRefused({ type: 'addStep', step: { ...wait('bad id') } }, /\$\.step\.id: must be 1–64 letters/);
  });

  it('a condition step that names an app: connectors cannot be conditions', () => {
    const condition = {
      id: 'c2',
      kind: 'condition',
      app: 'slack',
      position: { x: 0, y: 0 },
      note: '',
      criteria: { kind: 'group', join: 'and', items: [] },
    } as unknown as Step;
    expectRefused({ type: 'addStep', step: condition }, /\$\.step\.app: connectors can't be used as conditions/);
  });

  it('a criterion that reads an app instead of the trigger or Shopify data', () => {
    const slack = { kind: 'criterion' as const, field: 'slack.channel', operator: 'is_not_empty' as const };
    const criteria = { kind: 'group' as const, join: 'and' as const, items: [slack] };
    expectRefused({ type: 'updateCondition', id: 'c', criteria }, /connectors can't be used in conditions/);
  });
});

describe('canConnect', () => {
  const doc = sampleWorkflow();
  const check = (from: string, port: Link['port'], to: string) => canConnect(doc, { from, port, to });

  it('allows a free or taken port of the right kind to a later step', () => {
    expect(check('a1', 'next', 'a2')).toEqual({ ok: true });
    expect(check('c', 'then', 'a2')).toEqual({ ok: true });
    expect(check('t', 'next', 'w')).toEqual({ ok: true });
  });

  it('gives the reason for each refusal', () => {
    expect(check('a2', 'next', 'c')).toMatchObject({ ok: false, reason: CYCLE, refusal: { code: 'cycle' } });
    expect(check('a2', 'next', 't')).toMatchObject({ ok: false, reason: expect.stringMatching(/into the trigger/), refusal: { code: 'link-into-trigger' } });
    expect(check('a2', 'next', 'a2')).toMatchObject({ ok: false, reason: 'A step cannot link to itself.', refusal: { code: 'self-link' } });
    expect(check('w', 'otherwise', 'a1')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^A wait step has no "otherwise"/),
      refusal: { code: 'no-such-port', params: { kind: 'wait', port: 'otherwise', ports: 'next' } },
    });
    expect(check('nope', 'next', 'a1')).toMatchObject({ ok: false, reason: expect.stringMatching(/no step "nope"/), refusal: { code: 'link-from-missing', params: { id: 'nope' } } });
    expect(check('a1', 'next', 'nope')).toMatchObject({ ok: false, reason: expect.stringMatching(/no step "nope"/), refusal: { code: 'link-to-missing' } });
  });
});

describe('the size limit of a field', () => {
  const tooLong = 'x'.repeat(MAX_FIELD_CHARS + 1);
  const message = `The field "text" can hold at most 10,000 characters; this text has ${(MAX_FIELD_CHARS + 1).toLocaleString('en')}.`;

  it('refuses a field text over the limit, however it arrives', () => {
    expectRefused({ type: 'updateFields', id: 'a1', fields: { text: tooLong } }, message);
    expectRefused({ type: 'setAction', id: 'a1', app: 'slack', action: 'send-message', fields: { text: tooLong } }, message);
    const pasted: Step = { id: 'p', kind: 'action', app: 'slack', action: 'send-message', fields: { text: tooLong }, position: { x: 0, y: 0 }, note: '' };
    expectRefused({ type: 'addSteps', steps: [pasted], links: [] }, message);
  });

  it('accepts a text of exactly the limit', () => {
    const { doc } = applyOperation(sampleWorkflow(), { type: 'updateFields', id: 'a1', fields: { text: 'x'.repeat(MAX_FIELD_CHARS) } });
    expect((doc.steps.find((s) => s.id === 'a1') as Extract<Step, { kind: 'action' }>).fields.text).toHaveLength(MAX_FIELD_CHARS);
  });

  it('lets a field stored over the limit be shortened bit by bit, never lengthened, and a version holding one be restored', () => {
    const stored = sampleWorkflow();
    const a1 = stored.steps.find((s) => s.id === 'a1') as Extract<Step, { kind: 'action' }>;
    const restored = applyOperation(stored, {
      type: 'restoreContent',
      name: stored.name,
      description: stored.description,
      steps: stored.steps.map((s) => (s.id === 'a1' ? { ...a1, fields: { ...a1.fields, text: `${tooLong}yy` } } : s)),
      links: stored.links,
    }).doc;
    const shorter = applyOperation(restored, { type: 'updateFields', id: 'a1', fields: { text: `${tooLong}y` } }).doc;
    expect((shorter.steps.find((s) => s.id === 'a1') as typeof a1).fields.text).toHaveLength(MAX_FIELD_CHARS + 2);
    expectRefused({ type: 'updateFields', id: 'a1', fields: { text: `${tooLong}yyy` } }, /can hold at most 10,000 characters/, shorter);
    // Clearing it or editing another field of the step is always fine.
    expect(() => applyOperation(shorter, { type: 'updateFields', id: 'a1', fields: { channel: '#other' } })).not.toThrow();
    expect(() => applyOperation(shorter, { type: 'updateFields', id: 'a1', fields: { text: null } })).not.toThrow();
  });
});
