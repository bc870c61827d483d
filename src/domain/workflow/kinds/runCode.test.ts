/**
 * Run code as Flow names and scopes it: three required fields, a query over
 * what the step can read, an output schema whose fields (with their types)
 * later steps read as runCode.<field>, numbered when repeated, and the
 * static problems pointing at the step and the field.
 */
import { describe, expect, it } from 'vitest';
import { all, orgWith, workflow } from '../../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../catalog/builtIn';
import { diffWorkflows } from '../diff';
import { applyOperation, applyPatchesTo } from '../operations';
import { validateWorkflow } from '../validate';
import { MAX_SCRIPT_CHARS, runCodeKind, runCodeStep } from './runCode';

const org = orgWith({ 'store-1': ['slack', 'shopify'] });
const problems = (wf: Parameters<typeof validateWorkflow>[0]) => validateWorkflow(wf, { catalog, org });
const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const code = (id: string, more: Record<string, unknown> = {}) => {
  const { id: _id, position: _p, note: _n, ...body } = runCodeStep({ x: 0, y: 0 });
  return { id, body: { ...body, ...more } };
};
const crit = (field: string, operator: 'greater_than' | 'equal', value: string | number) => ({ kind: 'criterion' as const, field, operator, value });
type Spec = Parameters<typeof workflow>[0];
const onOrder = (...steps: Spec['steps'] & object) => problems(workflow({ trigger: ['shopify', 'order-created'], steps }));
/** trigger → r → c, c's "then" → a. */
const branching = (steps: Spec['steps'] & object) =>
  problems(workflow({ trigger: ['shopify', 'order-created'], steps, links: [['t', 'next', 'r'], ['r', 'next', 'c'], ['c', 'then', 'a']] }));
const found = (list: ReturnType<typeof problems>) => list.map((p) => [p.stepId, p.field, p.code, p.variant]);

describe('Run code', () => {
  it('starts as a small working example with no problems, and later steps read its fields by type', () => {
    const step = runCodeStep({ x: 0, y: 0 }, 'r');
    expect(step).toMatchObject({ kind: 'runCode', variable: 'runCode' });
    expect(step.script).toMatch(/export default function main\(input\)/);
    const list = branching([
      code('r'),
      { id: 'c', condition: all(crit('runCode.points', 'greater_than', 10)) },
      slack('a', 'Earned {{ runCode.points }} points'),
    ]);
    expect(list).toEqual([]);
  });

  it('lets conditions and Liquid use only the fields of Output, with their types', () => {
    const schema = 'type Output {\n  "Tier"\n  tier: String!\n  points: Int\n  vip: Boolean\n  tags: [String!]\n  customer: Info\n}\ntype Info { email: String }';
    const list = branching([
      code('r', { outputSchema: schema }),
      { id: 'c', condition: all(crit('runCode.tier', 'equal', 'gold'), crit('runCode.bonus', 'greater_than', 1)) },
      slack('a', '{{ runCode.customer.email }} {{ runCode.points }} {{ runCode.nope }}'),
    ]);
    expect(found(list)).toEqual([
      ['c', 'criteria.items.1', 'condition-unknown-field', expect.anything()],
      ['a', 'text', 'liquid-unknown-variable', expect.anything()],
    ]);
    expect(list[1]!.message).toMatch(/runCode has no field "nope"/);
  });

  it('is not readable before the step runs', () => {
    const list = onOrder(slack('a', '{{ runCode.points }}'), code('r'), slack('b', '{{ runCode.points }}'));
    expect(found(list)).toEqual([['a', 'text', 'liquid-unknown-variable', 'not-before']]);
    expect(list[0]!.message).toMatch(/comes from the step "Run code"/);
  });

  it('checks the input query against what the step can read, field by field, with camelCase names', () => {
    const check = (input: string) => found(onOrder(code('r', { input })));
    expect(check('{ order { totalPrice lineItems { quantity product { title tags } } customer { email } } }')).toEqual([]);
    expect(check('query { order { nope } }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-unknown-field']]);
    expect(check('{ product { title } }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-unknown-field']]);
    expect(check('{ order { customer } }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-needs-selection']]);
    expect(check('{ order { name { first } } }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-not-an-object']]);
    expect(check('{ order { name }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-syntax']]);
    expect(check('mutation { order { name } }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-operation']]);
    expect(check('{ order { lineItems { edges { node { title } } } } }')).toEqual([['r', 'input', 'runcode-input-invalid', 'input-query-paging']]);
    expect(check('   ')).toEqual([['r', 'input', 'required-input-empty', undefined]]);
    const problem = onOrder(code('r', { input: '{\n  order { nope }\n}' }))[0]!;
    expect(problem.message).toBe("The input query asks for order.nope (line 2, column 11), which this step's data doesn't have.");
  });

  it("reads an earlier Run code step's output in its query", () => {
    const list = onOrder(code('r'), code('s', { variable: 'runCode1', input: '{ runCode { points } }' }), slack('a', '{{ runCode1.points }}'));
    expect(list).toEqual([]);
  });

  it('reports an output schema that does not parse or has no Output, on the field', () => {
    const check = (outputSchema: string) => found(onOrder(code('r', { outputSchema })));
    expect(check('type Output { points: Int')).toEqual([['r', 'outputSchema', 'runcode-output-schema-invalid', 'output-schema-invalid']]);
    expect(check('type Result { points: Int }')).toEqual([['r', 'outputSchema', 'runcode-output-schema-invalid', 'output-schema-no-output']]);
    expect(check('scalar Money\ntype Output { total: Money }')).toEqual([['r', 'outputSchema', 'runcode-output-schema-invalid', 'output-schema-unsupported']]);
    expect(check('')).toEqual([['r', 'outputSchema', 'required-input-empty', undefined]]);
  });

  it('reports code without a default export, or with an import, on the script field', () => {
    const check = (script: string) => found(onOrder(code('r', { script })));
    expect(check('function main(input) { return { points: 1 } }')).toEqual([['r', 'script', 'runcode-script-invalid', 'script-no-main']]);
    expect(check('function main() { return { points: 1 } }\nexport { main as default }')).toEqual([]);
    expect(check('import _ from "lodash";\nexport default () => ({ points: 1 })')).toEqual([['r', 'script', 'runcode-script-invalid', 'script-import']]);
    expect(check('')).toEqual([['r', 'script', 'required-input-empty', undefined]]);
    expect(check('x'.repeat(MAX_SCRIPT_CHARS + 1))).toEqual([['r', 'script', 'field-too-long', undefined]]);
  });

  it('edits each field through one undoable operation, refusing texts past their limit', () => {
    const doc = workflow({ trigger: ['shopify', 'order-created'], steps: [code('r')] });
    const { doc: after, inversePatches } = applyOperation(doc, { type: 'updateRunCode', id: 'r', script: 'export default () => ({ points: 2 })' });
    expect(after.steps.find((s) => s.id === 'r')).toMatchObject({ script: 'export default () => ({ points: 2 })', input: runCodeStep({ x: 0, y: 0 }).input });
    expect(applyPatchesTo(after, inversePatches)).toEqual(doc);
    const both = applyOperation(doc, { type: 'updateRunCode', id: 'r', input: '{ order { name } }', outputSchema: 'type Output { name: String }' }).doc;
    expect(both.steps.find((s) => s.id === 'r')).toMatchObject({ input: '{ order { name } }', outputSchema: 'type Output { name: String }' });
    expect(() => applyOperation(doc, { type: 'updateRunCode', id: 'r', input: 'x'.repeat(10_001) })).toThrow(/at most 10,000 characters/);
    expect(() => applyOperation(doc, { type: 'updateRunCode', id: 'r', script: 'x'.repeat(MAX_SCRIPT_CHARS + 1) })).toThrow(/at most 100,000 characters/);
    expect(() => applyOperation(doc, { type: 'updateRunCode', id: 't', script: 'x' })).toThrow(/only Run code steps have a script/);
  });

  it('numbers repeated steps as Flow does: runCode, runCode1, runCode2', () => {
    let wf = workflow({ trigger: ['shopify', 'order-created'] });
    for (const id of ['r1', 'r2', 'r3']) wf = applyOperation(wf, { type: 'addStep', step: runCodeStep({ x: 0, y: 0 }, id) }).doc;
    expect(wf.steps.flatMap((s) => (s.kind === 'runCode' ? [s.variable] : []))).toEqual(['runCode', 'runCode1', 'runCode2']);
  });

  it('lists its changes field by field for version history', () => {
    const before = runCodeStep({ x: 0, y: 0 }, 'r');
    const after = { ...before, script: 'export default () => ({ points: 3 })' };
    expect(runCodeKind.diff(before, after)).toEqual([{ field: 'script', before: before.script, after: after.script }]);
    const wf = workflow({ trigger: ['shopify', 'order-created'], steps: [code('r')] });
    const changed = applyOperation(wf, { type: 'updateRunCode', id: 'r', outputSchema: 'type Output { points: Float }' }).doc;
    expect(JSON.stringify(diffWorkflows(catalog, wf, changed))).toMatch(/outputSchema/);
  });
});
