/**
 * Property: any sequence of operations a user could make keeps the document
 * parseable, undoing them all (inverse patches, newest first) restores the
 * starting document exactly, and redoing them (patches, oldest first) gives
 * the final one. Random gestures are turned into operations against the
 * current document; connections are random, so some are refused, and a
 * refusal must agree with `canConnect` and leave the document as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkflow } from '../../../test/fixtures/sampleWorkflow';
import { formatIssues } from '../zodIssues';
import { PORTS_BY_KIND, Workflow, type ConditionGroup, type Criterion, type Link, type Step } from './document';
import { OperationError, applyOperation, applyPatchesTo, canConnect, type Operation, type OperationResult } from './operations';

const GESTURES = [
  'add',
  'duplicate',
  'remove',
  'move',
  'connect',
  'disconnect',
  'fields',
  'condition',
  'wait',
  'note',
  'trigger',
  'rename',
  'activation',
] as const;

const Gesture = fc.record({
  // Adds and connections weigh more, so workflows grow enough for links to matter.
  kind: fc.constantFrom(...GESTURES, 'add', 'add', 'connect', 'connect', 'connect'),
  i: fc.nat(),
  j: fc.nat(),
  k: fc.nat(),
  x: fc.integer({ min: -2000, max: 2000 }),
  y: fc.integer({ min: -2000, max: 2000 }),
  text: fc.string({ maxLength: 30 }),
});
type Gesture = typeof Gesture extends fc.Arbitrary<infer G> ? G : never;

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

/** A new step of a kind chosen by `n`: a trigger only when the workflow has none. */
function newStep(doc: Workflow, id: string, n: number, position: { x: number; y: number }): Step {
  const base = { id, position, note: '' };
  const kinds = doc.steps.some((s) => s.kind === 'trigger') ? 3 : 4;
  switch (n % kinds) {
    case 0:
      return { ...base, kind: 'action', app: 'slack', action: 'send-message', fields: { channel: '#general' } };
    case 1:
      return { ...base, kind: 'condition', criteria: { kind: 'group', join: 'and', items: [] } };
    case 2:
      return { ...base, kind: 'wait', duration: { amount: 1 + (n % 5), unit: 'hours' } };
    default:
      return { ...base, kind: 'trigger', app: 'shopify', trigger: 'order-created' };
  }
}

/** Copies a selection (but not the trigger) with fresh ids and the links inside it, as paste does. */
function duplicate(doc: Workflow, ids: Set<string>, fresh: () => string): Operation | undefined {
  const rename = new Map([...ids].map((id) => [id, fresh()]));
  const steps = doc.steps
    .filter((s) => ids.has(s.id) && s.kind !== 'trigger')
    .map((s) => ({ ...structuredClone(s), id: rename.get(s.id)!, position: { x: s.position.x + 40, y: s.position.y + 40 } }));
  const kept = new Set(steps.map((s) => s.id));
  const links: Link[] = doc.links
    .filter((l) => ids.has(l.from) && ids.has(l.to))
    .map((l) => ({ ...l, from: rename.get(l.from)!, to: rename.get(l.to)! }))
    .filter((l) => kept.has(l.from) && kept.has(l.to));
  return steps.length > 0 ? { type: 'addSteps', steps, links } : undefined;
}

/** Turns a random gesture into an operation on `doc`, or undefined when it does not apply. */
function toOperation(doc: Workflow, g: Gesture, fresh: () => string): Operation | undefined {
  const step = pick(doc.steps, g.i);
  const ofKind = <K extends Step['kind']>(kind: K) =>
    pick(doc.steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind), g.i);
  switch (g.kind) {
    case 'add':
      return { type: 'addStep', step: newStep(doc, fresh(), g.j, { x: g.x, y: g.y }) };
    case 'duplicate':
      return step && duplicate(doc, new Set([step.id, pick(doc.steps, g.j)!.id]), fresh);
    case 'remove':
      return step && { type: 'removeSteps', ids: [...new Set([step.id, pick(doc.steps, g.k)!.id])] };
    case 'move':
      return (
        step && {
          type: 'moveSteps',
          moves: [
            { id: step.id, position: { x: g.x, y: g.y } },
            { id: pick(doc.steps, g.j)!.id, position: { x: g.y, y: g.x } },
          ],
        }
      );
    case 'connect': {
      const to = pick(doc.steps, g.j);
      return step && to && { type: 'connect', from: step.id, port: pick(PORTS_BY_KIND[step.kind], g.k)!, to: to.id };
    }
    case 'disconnect': {
      const link = pick(doc.links, g.i);
      return link && { type: 'disconnect', from: link.from, port: link.port };
    }
    case 'fields': {
      const action = ofKind('action');
      return action && { type: 'updateFields', id: action.id, fields: { text: g.text, [`k${g.j % 3}`]: g.k % 2 ? null : g.text } };
    }
    case 'condition': {
      const condition = ofKind('condition');
      const item: Criterion =
        g.j % 2
          ? { kind: 'criterion', field: 'trigger.rating', operator: 'equal', value: g.k }
          : { kind: 'criterion', field: 'order.total_price', operator: 'is_not_empty' };
      const criteria: ConditionGroup = { kind: 'group', join: g.k % 2 ? 'or' : 'and', items: [item] };
      return condition && { type: 'updateCondition', id: condition.id, criteria };
    }
    case 'wait': {
      const waitStep = ofKind('wait');
      return waitStep && { type: 'updateWait', id: waitStep.id, duration: { amount: 1 + (g.j % 1000), unit: 'days' } };
    }
    case 'note':
      return step && { type: 'updateNote', id: step.id, note: g.text };
    case 'trigger':
      return ofKind('trigger') && { type: 'setTrigger', app: 'shopify', trigger: g.j % 2 ? 'order-paid' : 'customer-created' };
    case 'rename':
      return { type: 'rename', name: `Workflow ${g.text.trim() || g.j}` };
    case 'activation':
      return { type: 'setActivation', activation: { on: g.j % 2 === 0, scope: { kind: 'all' }, offInStores: g.k % 2 ? ['s1'] : [] } };
  }
}

describe('operations, as a sequence', () => {
  const starts = [sampleWorkflow(), Workflow.parse({ ...sampleWorkflow(), steps: [], links: [] })];

  it('keep the document valid, and undo/redo walk back and forth exactly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.array(Gesture, { minLength: 1, maxLength: 40, size: 'max' }), (start, gestures) => {
        let next = 0;
        const fresh = () => `n${next++}`;
        let doc = start;
        const history: OperationResult[] = [];
        for (const gesture of gestures) {
          const op = toOperation(doc, gesture, fresh);
          if (!op) continue;
          const allowed = op.type !== 'connect' || canConnect(doc, op).ok;
          let result: OperationResult;
          try {
            result = applyOperation(doc, op);
          } catch (error) {
            if (!(error instanceof OperationError)) throw error;
            expect({ op, refused: error.message, allowed }).toMatchObject({ allowed: false });
            continue;
          }
          expect({ op, allowed }).toMatchObject({ allowed: true });
          const parsed = Workflow.safeParse(result.doc);
          expect(parsed.success ? [] : formatIssues(parsed.error.issues)).toEqual([]);
          history.push(result);
          doc = result.doc;
        }
        let undone = doc;
        for (const entry of [...history].reverse()) undone = applyPatchesTo(undone, entry.inversePatches);
        expect(undone).toStrictEqual(start);
        let redone = start;
        for (const entry of history) redone = applyPatchesTo(redone, entry.patches);
        expect(redone).toStrictEqual(doc);
      }),
      { numRuns: 200 },
    );
  });
});
