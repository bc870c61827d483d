/**
 * Send Admin API request as Flow stores and names it: a mutation's name
 * alone and JSON variables (Liquid allowed), checked where they go wrong;
 * its response readable by later steps as sendAdminApiRequest, typed per
 * mutation, numbered when repeated; one undoable operation.
 */
import { describe, expect, it } from 'vitest';
import { orgWith, workflow } from '../../../../test/fixtures/workflowSpec';
import { builtInCatalog as catalog } from '../../catalog/builtIn';
import { diffWorkflows } from '../diff';
import { applyOperation, applyPatchesTo } from '../operations';
import { validateWorkflow } from '../validate';
import { adminApiStep } from './adminApi';
import { MAX_FIELD_CHARS } from './textFields';

const org = orgWith({ 'store-1': ['slack'] });
const problems = (wf: Parameters<typeof validateWorkflow>[0]) => validateWorkflow(wf, { catalog, org });
const slack = (id: string, text: string) => ({ id, action: ['slack', 'send-message'] as [string, string], fields: { channel: '#ops', text } });
const admin = (id: string, mutation: string, variables: string) => {
  const { id: _id, position: _p, note: _n, ...body } = adminApiStep({ x: 0, y: 0 }, mutation, variables);
  return { id, body };
};
const TAG_ORDER = '{"id": "{{ order.admin_graphql_api_id }}", "tags": ["vip"]}';
const onOrder = (...steps: Parameters<typeof workflow>[0]['steps'] & object) => workflow({ trigger: ['shopify', 'order-created'], steps });
const check = (mutation: string, variables: string) =>
  problems(onOrder(admin('a', mutation, variables))).map((p) => [p.code, p.field, p.severity, p.variant, p.params]);

describe('Send Admin API request', () => {
  it('accepts a supported mutation with JSON variables holding Liquid the trigger provides', () => {
    expect(check('tagsAdd', TAG_ORDER)).toEqual([]);
    expect(check(' orderUpdate ', '{"input": {"id": "{{ order.admin_graphql_api_id }}", "note": "n"}}')).toEqual([]);
    expect(check('tagsAdd', '')).toEqual([]);
  });

  it('needs a mutation name, only the name: no keyword, no GraphQL', () => {
    expect(check('', TAG_ORDER)).toEqual([['adminapi-mutation-empty', 'mutation', 'error', undefined, expect.objectContaining({ supported: expect.stringContaining('tagsAdd') })]]);
    expect(check('mutation tagsAdd', TAG_ORDER).map((p) => [p[0], p[2], p[3]])).toEqual([['adminapi-mutation-name', 'error', 'graphql']]);
    expect(check('tagsAdd(id: $id) { node { id } }', TAG_ORDER).map((p) => p[3])).toEqual(['graphql']);
    expect(check('tags add', TAG_ORDER).map((p) => [p[0], p[3]])).toEqual([['adminapi-mutation-name', 'chars']]);
  });

  it('warns (does not block) about a mutation the sandbox does not simulate, naming the ones it does', () => {
    const found = problems(onOrder(admin('a', 'orderCancel', '{}')));
    expect(found.map((p) => [p.code, p.severity, p.params?.mutation])).toEqual([['adminapi-mutation-unsupported', 'warning', 'orderCancel']]);
    expect(found[0]!.message).toMatch(/runs tagsAdd, tagsRemove, orderUpdate, customerUpdate, productUpdate, metafieldsSet\.$/);
  });

  it('says where the variables stop being a JSON object', () => {
    expect(check('tagsAdd', '{\n  "id": "x",\n  "tags": ["vip",]\n}')).toEqual([
      ['adminapi-variables-json', 'variables', 'error', 'value-expected', { line: 3, column: 18 }],
    ]);
    expect(check('tagsAdd', '{"id": "x" "tags": []}').map((p) => [p[3], p[4]])).toEqual([['comma-expected', { line: 1, column: 12 }]]);
    expect(check('tagsAdd', '{"id": "{{ order.name }}", tags: []}').map((p) => [p[3], p[4]])).toEqual([['invalid-symbol', { line: 1, column: 28 }]]);
    expect(check('tagsAdd', '["vip"]').map((p) => p[3])).toEqual(['not-object']);
    const [problem] = problems(onOrder(admin('a', 'tagsAdd', '{"id": 1')));
    expect(problem?.message).toBe('The variables are not valid JSON: a closing } is expected at line 1, column 9.');
  });

  it('checks the Liquid in the variables against the scope, and leaves JSON built by tags to the run', () => {
    expect(check('tagsAdd', '{"id": "{{ order.nope }}", "tags": []}').map((p) => p[0])).toEqual(['liquid-unknown-variable']);
    expect(check('tagsAdd', '{"id": "x", "tags": [{% for t in order.tags %}"{{ t }}"{% unless forloop.last %},{% endunless %}{% endfor %}]}')).toEqual([]);
    expect(check('tagsAdd', '{"id": "x", "count": {{ order.line_items.size }}}').map((p) => p[0])).not.toContain('adminapi-variables-json');
  });

  it("gives later steps the mutation's payload, typed: known fields pass, unknown ones are named", () => {
    const wf = (text: string, mutation = 'tagsAdd') => onOrder(admin('a', mutation, TAG_ORDER), slack('b', text));
    expect(problems(wf('Tagged {{ sendAdminApiRequest.node.id }}'))).toEqual([]);
    expect(problems(wf('{{ sendAdminApiRequest.order.note }}', 'orderUpdate'))).toEqual([]);
    expect(problems(wf('{{ sendAdminApiRequest.order.note }}')).map((p) => [p.stepId, p.code])).toEqual([['b', 'liquid-unknown-variable']]);
    // A mutation the sandbox lacks answers JSON nobody typed: any path reads.
    expect(problems(wf('{{ sendAdminApiRequest.calculatedOrder.id }}', 'orderEditBegin')).map((p) => p.code)).toEqual(['adminapi-mutation-unsupported']);
    // Not before the step, and forgotten after a Wait.
    const misplaced = onOrder(slack('b', '{{ sendAdminApiRequest.node.id }}'), admin('a', 'tagsAdd', TAG_ORDER), { id: 'w', wait: [1, 'days'] }, slack('c', '{{ sendAdminApiRequest.node.id }}'));
    expect(problems(misplaced).map((p) => [p.stepId, p.variant, p.message])).toEqual([
      ['b', 'not-before', expect.stringMatching(/comes from the step "Send Admin API request"/)],
      ['c', 'not-before', expect.stringMatching(/a Wait forgets it/)],
    ]);
  });

  it('numbers repeated steps as Flow does', () => {
    let wf = onOrder();
    for (const id of ['a1', 'a2', 'a3']) wf = applyOperation(wf, { type: 'addStep', step: adminApiStep({ x: 0, y: 0 }, 'tagsAdd', '', id) }).doc;
    expect(wf.steps.flatMap((s) => (s.kind === 'adminApi' ? [s.variable] : []))).toEqual(['sendAdminApiRequest', 'sendAdminApiRequest1', 'sendAdminApiRequest2']);
  });

  it('changes mutation and variables in one undoable operation, refused past the size limit, and shows them in version diffs', () => {
    const doc = onOrder(admin('a', '', ''));
    const { doc: after, inversePatches } = applyOperation(doc, { type: 'updateAdminApi', id: 'a', mutation: 'tagsAdd', variables: TAG_ORDER });
    expect(after.steps.find((s) => s.id === 'a')).toMatchObject({ mutation: 'tagsAdd', variables: TAG_ORDER });
    expect(applyPatchesTo(after, inversePatches)).toEqual(doc);
    expect(diffWorkflows(catalog, doc, after).changed[0]?.changes).toEqual([
      { field: 'mutation', before: '', after: 'tagsAdd' },
      { field: 'variables', before: '', after: TAG_ORDER },
    ]);
    expect(() => applyOperation(doc, { type: 'updateAdminApi', id: 'a', variables: 'x'.repeat(MAX_FIELD_CHARS + 1) })).toThrow(/at most 10,000 characters/);
    expect(() => applyOperation(doc, { type: 'updateAdminApi', id: 't', mutation: 'tagsAdd' })).toThrow(/only Send Admin API request steps/);
  });

  it('makes new steps with no mutation yet, named sendAdminApiRequest', () => {
    expect(adminApiStep({ x: 0, y: 0 }, undefined, undefined, 'a1')).toEqual({
      id: 'a1',
      kind: 'adminApi',
      mutation: '',
      variables: '',
      variable: 'sendAdminApiRequest',
      position: { x: 0, y: 0 },
      note: '',
    });
  });
});
