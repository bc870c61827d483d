import { describe, expect, it } from 'vitest';
import { sampleWorkflowJson } from '../../../test/fixtures/sampleWorkflow';
import { formatIssues } from '../zodIssues';
import { Workflow, findCycle, reaches, type Link } from './document';

type Json = ReturnType<typeof sampleWorkflowJson> & Record<string, unknown>;

/** The sample with a change made by `edit`, parsed; returns the issues as `$.path: reason` lines. */
function problemsAfter(edit: (wf: Json) => void): string[] {
  const json = sampleWorkflowJson() as Json;
  edit(json);
  const result = Workflow.safeParse(json);
  return result.success ? [] : formatIssues(result.error.issues);
}

const step = (wf: Json, id: string) => {
  const found = (wf.steps as Record<string, unknown>[]).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const criterion = (wf: Json) => (step(wf, 'c').criteria as { items: Record<string, unknown>[] }).items[0]!;
const addLink = (wf: Json, link: { from: string; port: string; to: string }) =>
  (wf.links as { from: string; port: string; to: string }[]).push(link);

describe('the Workflow schema', () => {
  it('parses a valid workflow and fills in the defaults of omitted notes and description', () => {
    const json = sampleWorkflowJson() as Json;
    delete (json as Partial<Json>).description;
    delete (step(json, 'a1') as { note?: string }).note;
    const wf = Workflow.parse(json);
    expect(wf.steps.map((s) => s.id)).toEqual(['t', 'c', 'a1', 'w', 'a2']);
    expect(wf.description).toBe('');
    expect(wf.steps[2]!.note).toBe('');
  });

  it('accepts a draft without a trigger or any steps', () => {
    expect(problemsAfter((wf) => ((wf.steps = []), (wf.links = [])))).toEqual([]);
  });

  it('refuses a step position off the canvas, at that coordinate, with the bound in words', () => {
    expect(problemsAfter((wf) => (step(wf, 'a1').position = { x: 1.7e308, y: 0 }))).toEqual([
      '$.steps[2].position.x: must be at most 10,000,000: a step sits on a canvas of at most ten million pixels each way',
    ]);
    expect(problemsAfter((wf) => (step(wf, 'w').position = { x: 0, y: -10_000_001 }))).toEqual([
      '$.steps[3].position.y: must be at least -10,000,000: a step sits on a canvas of at most ten million pixels each way',
    ]);
    expect(problemsAfter((wf) => (step(wf, 'w').position = { x: 10_000_000, y: -10_000_000 }))).toEqual([]);
  });

  it('refuses a blank name', () => {
    expect(problemsAfter((wf) => (wf.name = '   '))).toEqual(['$.name: a workflow needs a name']);
  });

  it('refuses a step id used twice, at the second use', () => {
    expect(problemsAfter((wf) => (step(wf, 'a2').id = 'a1'))).toContain('$.steps[4].id: the step id "a1" is used twice');
  });

  it('refuses a second trigger, at the second one', () => {
    const problems = problemsAfter((wf) =>
      wf.steps.push({ id: 't2', kind: 'trigger', app: 'shopify', trigger: 'order-paid', position: { x: 0, y: 0 }, note: '' }),
    );
    expect(problems).toEqual(['$.steps[5]: a workflow has exactly one trigger']);
  });

  it('refuses a port the step kind does not have, naming the ports it has', () => {
    const problems = problemsAfter((wf) => addLink(wf, { from: 'a1', port: 'then', to: 'a2' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\$\.links\[4\]\.port: an? action step has no "then" output \(it has next\)$/);
    expect(problemsAfter((wf) => addLink(wf, { from: 'c', port: 'next', to: 'a2' }))).toEqual([
      '$.links[4].port: a condition step has no "next" output (it has then, otherwise)',
    ]);
  });

  it('refuses a second link on the same port', () => {
    expect(problemsAfter((wf) => addLink(wf, { from: 'c', port: 'then', to: 'a2' }))).toEqual([
      '$.links[4]: the "then" output of "c" already has a link',
    ]);
  });

  it('refuses a link into the trigger', () => {
    // From an unlinked step, so the link closes no cycle and this is the only problem.
    const problems = problemsAfter((wf) => {
      wf.steps.push({ id: 'x', kind: 'wait', position: { x: 0, y: 0 }, note: '', duration: { amount: 1, unit: 'hours' } });
      addLink(wf, { from: 'x', port: 'next', to: 't' });
    });
    expect(problems).toEqual(['$.links[4].to: nothing can link into the trigger']);
  });

  it('refuses a step linking to itself', () => {
    expect(problemsAfter((wf) => addLink(wf, { from: 'a2', port: 'next', to: 'a2' }))).toContain(
      '$.links[4]: a step cannot link to itself',
    );
  });

  it('refuses a cycle, at the link that closes it', () => {
    expect(problemsAfter((wf) => addLink(wf, { from: 'a2', port: 'next', to: 'c' }))).toEqual([
      '$.links[4]: this link closes a cycle: a workflow cannot loop back',
    ]);
  });

  it('refuses links from or to steps that do not exist', () => {
    expect(problemsAfter((wf) => addLink(wf, { from: 'a2', port: 'next', to: 'ghost' }))).toEqual([
      '$.links[4].to: links to a step that does not exist ("ghost")',
    ]);
    expect(problemsAfter((wf) => addLink(wf, { from: 'ghost', port: 'next', to: 'a2' }))).toEqual([
      '$.links[4].from: links from a step that does not exist ("ghost")',
    ]);
  });

  it('refuses a condition step that names an app: connectors cannot be conditions', () => {
    expect(problemsAfter((wf) => (step(wf, 'c').app = 'slack'))).toEqual([
      "$.steps[1].app: connectors can't be used as conditions: a condition step cannot name an app's connector",
    ]);
    expect(problemsAfter((wf) => (step(wf, 'c').action = 'send-message'))).toEqual([
      "$.steps[1].action: connectors can't be used as conditions: a condition step cannot name an app's action",
    ]);
  });

  it.each(['slack.channel', 'a1.message_id', 'steps.a1.ts'])(
    'refuses a criterion reading %s: conditions read only the trigger and Shopify data',
    (field) => {
      const root = field.split('.')[0]!;
      expect(problemsAfter((wf) => (criterion(wf).field = field))).toEqual([
        `$.steps[1].criteria.items[0].field: connectors can't be used in conditions: a condition can only read the trigger's data and the Shopify customer, order or product, not "${root}"`,
      ]);
    },
  );

  it('refuses a criterion field that is not a data path', () => {
    expect(problemsAfter((wf) => (criterion(wf).field = 'rating'))).toEqual([
      '$.steps[1].criteria.items[0].field: must be a data field like "trigger.rating" or "order.total_price"',
    ]);
  });

  it.each(['trigger.rating', 'order.total_price', 'customer.tags', 'product.vendor'])('accepts a criterion reading %s', (field) => {
    expect(problemsAfter((wf) => (criterion(wf).field = field))).toEqual([]);
  });

  it('checks criteria inside nested groups too', () => {
    const problems = problemsAfter((wf) => {
      step(wf, 'c').criteria = {
        kind: 'group',
        join: 'or',
        items: [
          { kind: 'criterion', field: 'order.total_price', operator: 'greater_than', value: 100 },
          { kind: 'group', join: 'and', items: [{ kind: 'criterion', field: 'slack.channel', operator: 'is_not_empty' }] },
        ],
      };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\$\.steps\[1\]\.criteria\.items\[1\]\.items\[0\]\.field: connectors can't be used/);
  });
});

describe('findCycle and reaches', () => {
  const link = (from: string, to: string, port: Link['port'] = 'next'): Link => ({ from, port, to });

  it('finds no cycle where two branches meet again', () => {
    const diamond = [link('c', 'a', 'then'), link('c', 'b', 'otherwise'), link('a', 'd'), link('b', 'd')];
    expect(findCycle(diamond)).toBeUndefined();
  });

  it('returns the index of the link that closes a loop', () => {
    expect(findCycle([link('a', 'b'), link('b', 'c'), link('c', 'a')])).toBe(2);
    expect(findCycle([link('x', 'y'), link('a', 'b'), link('b', 'a')])).toBe(2);
  });

  it('follows links from a step, and only forwards', () => {
    const out = new Map([
      ['a', ['b']],
      ['b', ['c']],
    ]);
    expect(reaches(out, 'a', 'c')).toBe(true);
    expect(reaches(out, 'c', 'a')).toBe(false);
  });
});
