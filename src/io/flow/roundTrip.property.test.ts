/**
 * Round trips through Flow's form. Flowbench → Flow → Flowbench keeps every
 * step (kind, app, trigger or action, fields, conditions, schedule, Get
 * data's settings, positions, notes) and every link, the sticky notes' texts, for generated workflows of
 * the kinds the mapping covers, connector actions (written as
 * flowbench::<app>::<id>) and foreign steps. And the mapping table is the
 * only place a task is named: one entry makes a task id a Flowbench step.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import { FLOW_TASKS, type FlowTaskMapping } from '../../domain/catalog/flowTasks';
import { type Step, Workflow } from '../../domain/workflow/document';
import { createWorkflow } from '../../domain/workflow/factory';
import { flowbenchCriteria } from '../../../test/fixtures/flow/conditionArbitraries';
import { parseImport } from '../importDocument';
import { canonicalFlowText } from './canonical';
import { exportForFlow } from './exportFlow';
import { FlowDocument } from './schema';
import { flowToWorkflow } from './toFlowbench';
import { flowRootNote, workflowToFlow } from './toFlow';
import { NOTE_COLORS } from '../../domain/workflow/stickyNotes';

const coordinate = fc.integer({ min: -5000, max: 5000 });
const position = fc.record({ x: coordinate, y: coordinate });
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const text = fc.string({ maxLength: 30 }).filter((s) => !s.includes('\n'));

/** The body of a step after the trigger, of a kind the mapping covers (or a connector's action, or a foreign step). */
const body: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((tags) => ({ kind: 'action', app: 'shopify', action: 'add-order-tags', fields: { tags: tags.join(', ') } })),
  fc.record({ to: fc.constant('staff@example.com'), subject: text, body: text }).map((fields) => ({ kind: 'action', app: 'shopify', action: 'send-internal-email', fields })),
  fc.record({ channel: fc.constant('#orders'), text }).map((fields) => ({ kind: 'action', app: 'slack', action: 'send-message', fields })),
  fc.record({ amount: fc.integer({ min: 1, max: 1000 }), unit: fc.constantFrom('minutes' as const, 'hours' as const, 'days' as const) }).map((duration) => ({ kind: 'wait', duration })),
  text.map((message) => ({ kind: 'log', message })),
  fc.record({ query: fc.constantFrom('', 'tag:vip', "created_at:>'2026-01-01'"), reverse: fc.boolean(), first: fc.integer({ min: 1, max: 100 }), n: fc.constantFrom('', '1', '2') }).map(({ n, ...rest }) => ({
    kind: 'getData',
    resource: 'orders',
    sortKey: 'ID',
    variable: `getOrderData${n}`,
    ...rest,
  })),
  fc.constantFrom('order.line_items', 'getOrderData').map((list) => ({ kind: 'forEach', list })),
  flowbenchCriteria().map((criteria) => ({ kind: 'condition', criteria })),
  fc.constant({ kind: 'foreign', taskId: 'acme::crm::sync', taskType: 'ACTION', taskVersion: '2.0', fields: [{ id: 'email', value: '{{ order.email }}' }], raw: '{"config_field_values":[{"config_field_id":"email","value":"{{ order.email }}"}],"task_id":"acme::crm::sync","task_type":"ACTION","task_version":"2.0"}' }),
);

const trigger = fc.oneof(
  fc.constant({ kind: 'trigger', app: 'shopify', trigger: 'order-created' }),
  fc.constant({ kind: 'trigger', app: 'shopify', trigger: 'scheduled-time', schedule: 'DTSTART;TZID=Europe/Warsaw:20270101T090000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO' }),
);

const lastAction = { kind: 'action', app: 'shopify', action: 'add-order-tags', fields: { tags: 'done' } };
/** A chain: the trigger, the generated steps, and an action (Flow needs one), each linked from the previous one's first port. */
const noteText = fc.string({ maxLength: 40 });
/** Sticky notes: Markdown text, any colour, size and place. */
const stickyNotes = fc.array(
  fc.record({ text: noteText, position, color: fc.constantFrom(...NOTE_COLORS), width: fc.integer({ min: 120, max: 600 }), height: fc.integer({ min: 80, max: 600 }) }),
  { maxLength: 4 },
);
const workflow = fc
  .tuple(trigger, fc.array(body, { maxLength: 6 }), fc.array(position, { minLength: 8, maxLength: 8 }), fc.array(noteText, { minLength: 8, maxLength: 8 }), stickyNotes)
  .map(([t, rest, positions, stepNotes, notes]) => {
    const steps = [t, ...rest, lastAction].map((s, i) => ({ ...s, id: `s${i}`, position: positions[i]!, note: stepNotes[i]! })) as Step[];
    const firstPort: Record<string, string> = { condition: 'then', forEach: 'after' };
    const links = steps.slice(1).map((s, i) => ({ from: steps[i]!.id, port: firstPort[steps[i]!.kind] ?? 'next', to: s.id }));
    return Workflow.parse({
      ...createWorkflow('Round trip', 'rt'),
      steps,
      links,
      notes: notes.map(({ width, height, ...n }, i) => ({ ...n, id: `n${i}`, size: { width, height } })),
    });
  });

describe('Flowbench → Flow → Flowbench', () => {
  it('keeps every step, link, field, condition and position', () => {
    fc.assert(
      fc.property(workflow, (wf) => {
        const file = exportForFlow(wf);
        const back = parseImport(file.text, { catalog });
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        const again = back.value.workflows[0]!;
        expect(again.steps).toEqual(wf.steps);
        expect(again.links).toEqual(wf.links);
        // Sticky notes come back as one note holding their texts (inferred mapping to Flow's root `note`).
        const joined = flowRootNote(wf.notes);
        expect(again.notes.map((n) => n.text)).toEqual(joined === undefined ? [] : [joined]);
        expect(JSON.parse(file.text).root.note ?? null).toBe(joined ?? null);
        // And the file read back writes the same text again.
        expect(exportForFlow(again).text).toBe(file.text);
      }),
      { numRuns: 150 },
    );
  });

  it('a moved foreign step is written as it came, with only its position brought up to date', () => {
    const text = readFileSync(new URL('../../../test/fixtures/flow/valid/connector-task.flow.json', import.meta.url), 'utf8');
    const parsed = parseImport(text, { catalog });
    const wf = parsed.ok ? parsed.value.workflows[0]! : undefined;
    const moved = { ...wf!, steps: wf!.steps.map((s) => (s.kind === 'foreign' ? { ...s, position: { x: 40, y: 200 } } : s)) };
    const expected = JSON.parse(text) as { root: { steps: { step_position: number[] }[] } };
    expected.root.steps[1]!.step_position = [40, 200];
    expect(exportForFlow(moved).text).toBe(canonicalFlowText(expected));
  });
});

describe('the mapping table is the extension point', () => {
  it('one entry makes a task id a Flowbench step on import and the same task on export', () => {
    // A second entry for Run code's task, onto Log output with its script as the message: the first entry wins.
    const runCode: FlowTaskMapping = {
      taskId: 'shopify::flow::run_code',
      taskType: 'ACTION',
      version: '0.1',
      evidence: 'documented',
      target: { kind: 'log' },
      fields: [{ flowId: 'script', prop: 'message', encoding: 'text', evidence: 'documented' }],
    };
    // First, so that the export writes Log output steps as this task (a real new kind has only its own entry).
    const table = [runCode, ...FLOW_TASKS];
    const text = readFileSync(new URL('../../../test/fixtures/flow/valid/run-code-condition.flow.json', import.meta.url), 'utf8');
    const converted = flowToWorkflow(FlowDocument.parse(JSON.parse(text)), { id: 'wf', table });
    const steps = converted.ok ? converted.workflow.steps : [];
    expect(steps.map((s) => s.kind)).toEqual(['trigger', 'log', 'condition', 'action']);
    expect(steps[1]).toMatchObject({ kind: 'log', message: expect.stringContaining('export default function main') });
    expect(canonicalFlowText(workflowToFlow(converted.ok ? converted.workflow : createWorkflow('x'), table).document)).toBe(text);
    // Without the entry the same step is foreign.
    const plain = flowToWorkflow(FlowDocument.parse(JSON.parse(text)), { id: 'wf', table: FLOW_TASKS.filter((t) => t.taskId !== 'shopify::flow::run_code') });
    expect(plain.ok && plain.workflow.steps[1]?.kind).toBe('foreign');
  });
});
