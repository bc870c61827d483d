/**
 * Problems of static validation and the reasons a workflow does not run are
 * worded by code in Polish: every code has a message in both languages, and
 * wording real problems (from validateWorkflow) and real reasons (from the
 * run gate) leaves no `{placeholder}` and no English sentence behind. Old run
 * records, which stored only the English words, still show them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../../domain/catalog/builtIn';
import type { Installation, Organization } from '../../domain/org/organization';
import { type ReasonCode, whyWontRun } from '../../domain/org/rules';
import { canChangeAuthentication, canUseInWorkflow } from '../../domain/org/changeRules';
import { DEFAULT_ACTIVATION } from '../../domain/workflow/activation';
import { type ConditionGroup, type Criterion, type Link, type Step, Workflow } from '../../domain/workflow/document';
import { type Problem, type ProblemCode, validateWorkflow } from '../../domain/workflow/validate';
import { loadCatalog } from './catalog';
import { problemText, reasonText, refusalText } from './domainText';
import { en } from './en';
import { pl } from './pl';
import { REFUSAL_CODES } from '../../domain/workflow/operationError';
import { type OperationError, applyOperation } from '../../domain/workflow/operations';
import { sampleWorkflowJson } from '../../../test/fixtures/sampleWorkflow';
import { getDataStep } from '../../domain/workflow/kinds/getData';
import { runCodeStep } from '../../domain/workflow/kinds/runCode';
import { adminApiStep } from '../../domain/workflow/kinds/adminApi';
import { foreignStep } from '../../domain/workflow/kinds/foreign';

const PROBLEM_CODES: Record<ProblemCode, true> = {
  'no-trigger': true,
  'unknown-app': true,
  'unknown-trigger': true,
  'unknown-action': true,
  'app-not-installed': true,
  'unreachable-step': true,
  'required-input-empty': true,
  'invalid-value': true,
  'field-too-long': true,
  'unknown-input': true,
  'liquid-syntax': true,
  'liquid-unknown-variable': true,
  'needs-data': true,
  'wrong-trigger': true,
  'early-access': true,
  'condition-empty': true,
  'condition-unknown-field': true,
  'condition-bad-operator': true,
  'condition-value-missing': true,
  'condition-value-invalid': true,
  'condition-list-not-iterated': true,
  'condition-not-a-value': true,
  'condition-not-a-list': true,
  'condition-item-name-taken': true,
  'wait-at-end': true,
  'wait-in-loop': true,
  'variable-taken': true,
  'getdata-query-invalid': true,
  'getdata-sort-key': true,
  'foreach-no-list': true,
  'foreach-list-unknown': true,
  'foreach-not-a-list': true,
  'foreach-empty-body': true,
  'schedule-not-set': true,
  'schedule-not-allowed': true,
  'runcode-input-invalid': true,
  'runcode-output-schema-invalid': true,
  'runcode-script-invalid': true,
  'adminapi-mutation-empty': true,
  'adminapi-mutation-name': true,
  'adminapi-mutation-unsupported': true,
  'adminapi-variables-json': true,
  'foreign-task': true,
};
const REASON_CODES: Record<ReasonCode, true> = {
  'store-missing': true,
  'flow-not-installed': true,
  'workflow-off': true,
  'workflow-not-for-store': true,
  'workflow-off-in-store': true,
  'app-unknown': true,
  'app-not-installed-in-store': true,
  'add-store-and-install': true,
  'install-in-a-store': true,
  'install-there-first': true,
  'auth-needs-flow': true,
  'no-trigger': true,
  'wrong-trigger': true,
};

const at = { x: 0, y: 0 };
const trigger = (app: string, id: string): Step => ({ id: 't', kind: 'trigger', app, trigger: id, position: at, note: '' });
const action = (id: string, app: string, act: string, fields: Record<string, string>): Step => ({
  id,
  kind: 'action',
  app,
  action: act,
  fields,
  position: at,
  note: '',
});
const crit = (field: string, operator: Criterion['operator'], value?: Criterion['value']): Criterion => ({
  kind: 'criterion',
  field,
  operator,
  ...(value === undefined ? {} : { value }),
});
const condition = (items: ConditionGroup['items']): Step => ({
  id: 'c',
  kind: 'condition',
  criteria: { kind: 'group', join: 'and', items },
  position: at,
  note: '',
});
const loopStep = (id: string, list: string): Step => ({ id, kind: 'forEach', list, position: at, note: '' });
const wait: Step = { id: 'w', kind: 'wait', duration: { amount: 1, unit: 'days' }, position: at, note: '' };
const doc = (steps: Step[], links: Link[]) =>
  Workflow.parse({ schemaVersion: 2, id: 'wf', name: 'Test', activation: DEFAULT_ACTIVATION, steps, links });
const chain = (...steps: Step[]) => doc(steps, steps.slice(1).map((s, i) => ({ from: steps[i]!.id, port: 'next' as const, to: s.id })));

const NOW = '2026-01-01T00:00:00.000Z';
function orgWith(installs: Record<string, string[]>, flow = true): Organization {
  const installations: Installation[] = Object.entries(installs).flatMap(([storeId, apps]) =>
    apps.map((appId) => ({ storeId, appId, installedAt: NOW, settings: {}, secretsSet: [] })),
  );
  return {
    name: 'Górska Pracownia',
    stores: Object.keys(installs).map((id) => ({ id, name: `Store ${id}`, flowInstalled: flow, createdAt: NOW, timeZone: 'UTC' })),
    installations,
  };
}
const org = orgWith({ s1: ['loox', 'klevu', 'agechecked', 'cleverific', 'firepush', 'slack'], s2: ['slack'] });
const looxTrigger = trigger('loox', 'new-review');
const slack = (text: string, extra: Record<string, string> = {}) => action('a', 'slack', 'send-message', { channel: '#x', text, ...extra });

/** Workflows that between them have every kind of problem, most in more than one wording. */
function realProblems(): Problem[] {
  const v = (wf: Workflow, o: Organization = org) => validateWorkflow(wf, { catalog, org: o });
  const cond = (...items: ConditionGroup['items']) => v(chain(looxTrigger, condition(items)));
  const orderCond = (...items: ConditionGroup['items']) => v(chain(trigger('shopify', 'order-created'), condition(items)));
  const over = (list: string, item: string, ...items: ConditionGroup['items']): ConditionGroup['items'][number] => ({
    kind: 'quantifier', quantifier: 'any', list, item, criteria: { kind: 'group', join: 'and', items },
  });
  return [
    ...v(chain(slack('Hi'))),
    ...v(chain(trigger('acme', 'thing'))),
    ...v(chain(trigger('shopify', 'order-refunded'))),
    ...v(chain(looxTrigger, action('a', 'slack', 'send-gif', {}))),
    ...v(chain(trigger('loyaltylion', 'customer-birthday-today')), orgWith({ s1: ['slack'] })),
    ...v(chain(trigger('loyaltylion', 'customer-birthday-today')), { name: 'Empty', stores: [], installations: [] }),
    ...v(doc([looxTrigger, slack('Hi')], [])),
    ...v(chain(looxTrigger, slack(''))),
    ...v(chain(looxTrigger, action('a', 'firepush', 'send-sms', { phone: '123', message: 'Thanks!' }))),
    ...v(chain(trigger('shopify', 'inventory-quantity-changed'), action('a', 'klevu', 'promote-demote-product', { product_id: '{{ trigger.product_id }}', boost_score: 'high' }))),
    ...v(chain(trigger('shopify', 'product-created'), action('a', 'klevu', 'promote-demote-product', { product_id: '1', boost_score: '1' }))),
    ...v(chain(looxTrigger, slack('Hi', { colour: 'red' }))),
    ...v(chain(looxTrigger, slack('{{ trigger.rating }}'.repeat(1000)))),
    ...v(chain(looxTrigger, slack('Review: {{ trigger.review_text'))),
    ...v(chain(looxTrigger, slack('{% endif %}'))),
    ...v(chain(looxTrigger, slack('{{ x | nofilter }}'))),
    ...v(chain(looxTrigger, slack('{{ trigger.stars }} {{ order.name }} {{ customer }} {{ foo }} {{ customer.email.bar }}'))),
    ...v(chain(trigger('shopify', 'customer-created'), action('a', 'shopify', 'add-order-tags', { tags: 'vip' }))),
    ...v(chain(trigger('shopify', 'order-created'), action('a', 'cleverific', 'expand-bundles', { order_id: '{{ order.id }}' }))),
    ...cond(),
    ...cond(crit('order.total_price', 'greater_than', 100)),
    ...cond(crit('trigger.stars', 'less_than', 3)),
    ...cond(crit('trigger.rating', 'starts_with', '1')),
    ...cond(crit('trigger.rating', 'less_than')),
    ...cond(crit('customer.email', 'any_of', [])),
    ...cond(crit('trigger.rating', 'less_than', 'three')),
    ...cond(crit('trigger.rating', 'equal', ['1', '2'])),
    ...orderCond(crit('order.line_items.title', 'equal', 'Boots')),
    ...orderCond(crit('order.line_items', 'is_empty'), crit('order.customer', 'is_empty')),
    ...orderCond(over('order.name', 'name_item', crit('name_item', 'equal', 'x'))),
    ...orderCond(over('order.line_items', 'lineItems_item', over('order.line_items', 'lineItems_item', crit('lineItems_item.quantity', 'greater_than', 1)))),
    ...orderCond(crit('runCode.points', 'greater_than', 1)),
    ...v(
      chain(
        trigger('shopify', 'order-created'),
        { ...getDataStep('orders', at, 'g1'), query: 'tag:"vip' },
        { ...getDataStep('orders', at, 'g2'), sortKey: 'TITLE' },
      ),
    ),
    ...v(doc([trigger('shopify', 'order-created'), loopStep('f', ''), loopStep('g', 'getOrderData'), loopStep('h', 'order.name'), loopStep('i', 'order.line_items.product.tags')], [])),
    ...v(
      doc(
        [trigger('shopify', 'order-created'), loopStep('f', 'order.line_items'), slack('Each {{ lineItemsForeachitem.title }}'), wait, condition([crit('lineItemsForeachitem.quantity', 'greater_than', 1)])],
        [{ from: 't', port: 'next', to: 'f' }, { from: 'f', port: 'loop_body', to: 'a' }, { from: 'a', port: 'next', to: 'w' }, { from: 'f', port: 'after', to: 'c' }],
      ),
    ),
    ...v(chain(looxTrigger, wait)),
    ...v(
      chain(
        trigger('shopify', 'order-created'),
        { ...runCodeStep(at, 'r1'), input: '{ order { name', script: 'import x from "y";\nconst a = 1;', outputSchema: 'type Result { a: Int }' },
        { ...runCodeStep(at, 'r2'), variable: 'runCode1', input: 'mutation { order { name } }', outputSchema: 'type Output { a: Int' },
        { ...runCodeStep(at, 'r3'), variable: 'runCode2', input: '{ order { nope } }', outputSchema: 'union U = Output\ntype Output { a: Int }' },
        { ...runCodeStep(at, 'r4'), variable: 'runCode3', input: '{ order { customer } }', outputSchema: 'type Output { a: Nope }' },
        { ...runCodeStep(at, 'r5'), variable: 'runCode4', input: '{ order { name { x } } }' },
        { ...runCodeStep(at, 'r6'), variable: 'runCode5', input: '{ order { lineItems { edges { node { title } } } } }' },
        { ...runCodeStep(at, 'r7'), variable: 'runCode6', input: '{ order { name(first: 1) } }' },
      ),
    ),
    ...v(chain(trigger('shopify', 'scheduled-time'))),
    ...v(chain({ ...looxTrigger, schedule: 'DTSTART;TZID=UTC:20261201T090000\nRRULE:FREQ=DAILY;INTERVAL=1;WKST=MO' } as Step)),
    ...v(
      chain(
        trigger('shopify', 'order-created'),
        adminApiStep(at, '', '{"id": 1,}', 'm1'),
        adminApiStep(at, 'mutation { tagsAdd }', '[1]', 'm2'),
        adminApiStep(at, 'tags add', '{"a" 1}', 'm3'),
        adminApiStep(at, 'orderCancel', '{"a": "x', 'm4'),
        adminApiStep(at, 'tagsAdd', '{"a": 1, "b": [1}', 'm5'),
      ),
    ),
    ...v(chain(looxTrigger, foreignStep(at, { taskId: 'acme::crm::sync', taskType: 'ACTION', taskVersion: '0.1', fields: [], raw: '{}' }, 'x'))),
  ];
}

const UNRESOLVED = /\{\w+\}/;

beforeAll(async () => {
  await loadCatalog('pl');
});

describe('problems in the UI languages', () => {
  it('has an English and a Polish message for every problem code', () => {
    for (const code of Object.keys(PROBLEM_CODES)) {
      expect(en, code).toHaveProperty([`problems.${code}`]);
      expect(pl, code).toHaveProperty([`problems.${code}`]);
    }
  });

  it('words every real problem in Polish with every placeholder filled, keeping English as the domain says it', () => {
    const problems = realProblems();
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(Object.keys(PROBLEM_CODES)));
    for (const problem of problems) {
      const polish = problemText('pl', problem);
      expect(polish, `${problem.code}: ${problem.message}`).not.toMatch(UNRESOLVED);
      expect(polish, problem.message).not.toBe(problem.message);
      expect(problemText('en', problem)).toBe(problem.message);
    }
  });

  it('uses the catalog’s Polish names and the Polish wording of values', () => {
    const [sms] = validateWorkflow(chain(looxTrigger, action('a', 'firepush', 'send-sms', { phone: '123', message: 'Hi' })), { catalog, org });
    const firepush = catalog.byId.get('firepush')!;
    const phone = firepush.actions.find((a) => a.id === 'send-sms')!.inputs.find((i) => i.key === 'phone')!;
    expect(problemText('pl', sms!)).toBe(`Pole „${phone.label.pl}”: wartość musi być numerem telefonu w formacie E.164, np. +48123456789.`);
    const [unreachable] = validateWorkflow(doc([looxTrigger, slack('Hi')], []), { catalog, org });
    expect(problemText('pl', unreachable!)).toBe(
      'Ten krok nie jest połączony z wyzwalaczem, więc nigdy się nie wykona. Połącz go z krokiem powyżej albo go usuń.',
    );
  });
});

describe('reasons a workflow does not run, in the UI languages', () => {
  it('has an English and a Polish message for every reason code', () => {
    for (const code of Object.keys(REASON_CODES)) {
      expect(en, code).toHaveProperty([`problems.reason.${code}`]);
      expect(pl, code).toHaveProperty([`problems.reason.${code}`]);
    }
  });

  it('words the run gate’s real reasons in Polish, one per English reason, with the app’s Polish name', () => {
    const slackApp = catalog.byId.get('slack')!;
    const asana = catalog.byId.get('asana') ?? catalog.apps.find((a) => !a.builtIn && a.id !== 'slack')!;
    const noFlow = orgWith({ s1: [], s3: [] }, false);
    const gating = { name: 'Review alerts', activation: { ...DEFAULT_ACTIVATION, on: false }, appIds: ['slack', 'ghost'] };
    const verdicts = [
      whyWontRun(noFlow, catalog, gating, 's3'),
      whyWontRun(noFlow, catalog, gating, 'gone'),
      whyWontRun(org, catalog, { ...gating, activation: { on: true, scope: { kind: 'stores', storeIds: ['s1'] }, offInStores: [] } }, 's2'),
      whyWontRun(org, catalog, { ...gating, activation: { on: true, scope: { kind: 'all' }, offInStores: ['s2'] } }, 's2'),
      canUseInWorkflow(org, asana),
      canUseInWorkflow({ name: 'x', stores: [], installations: [] }, asana),
      canChangeAuthentication(org, asana, 's1'),
      canChangeAuthentication(orgWith({ s1: ['slack'] }, false), slackApp, 's1'),
    ];
    const seen = new Set<string>();
    for (const verdict of verdicts) {
      expect(verdict.ok).toBe(false);
      if (verdict.ok) continue;
      expect(verdict.details).toHaveLength(verdict.reasons.length);
      verdict.reasons.forEach((text, i) => {
        const detail = verdict.details[i]!;
        seen.add(detail.code);
        const polish = reasonText('pl', text, detail);
        expect(polish, text).not.toMatch(UNRESOLVED);
        expect(polish, text).not.toBe(text);
        expect(reasonText('en', text, detail)).toBe(text);
      });
    }
    expect(reasonText('pl', 'Slack is not installed in Store 3.', { code: 'app-not-installed-in-store', params: { app: slackApp.name, store: 'Store 3' } })).toBe(
      `Aplikacja ${slackApp.name.pl} nie jest zainstalowana w sklepie Store 3.`,
    );
    expect(seen.size).toBeGreaterThanOrEqual(9);
  });

  it('shows the stored English words of an old run record without codes, and of a code it does not know', () => {
    expect(reasonText('pl', 'Slack is not installed in Store 3.', undefined)).toBe('Slack is not installed in Store 3.');
    expect(reasonText('pl', 'Something new.', { code: 'from-the-future' })).toBe('Something new.');
  });
});

describe('refused changes in the UI languages', () => {
  it('has an English and a Polish message for every refusal code', () => {
    for (const code of REFUSAL_CODES) {
      expect(en, code).toHaveProperty([`editor.refusal.${code}`]);
      expect(pl, code).toHaveProperty([`editor.refusal.${code}`]);
    }
  });

  it('words a real refusal in Polish, kinds named as the canvas names them, English as the domain says it', () => {
    const doc = Workflow.parse(sampleWorkflowJson());
    let refusal;
    try {
      applyOperation(doc, { type: 'updateWait', id: 'c', duration: { amount: 1, unit: 'days' } });
    } catch (error) {
      refusal = (error as OperationError).refusal;
    }
    expect(refusal).toMatchObject({ code: 'wrong-kind', params: { id: 'c', actual: 'condition', expected: 'wait' } });
    expect(refusalText('en', refusal!)).toBe(refusal!.message);
    const polish = refusalText('pl', refusal!);
    expect(polish).toBe('Krok „c” jest krokiem typu warunek, a nie czekanie: ta zmiana go nie dotyczy.');
    expect(polish).not.toMatch(/\{|\}/);
  });
});
