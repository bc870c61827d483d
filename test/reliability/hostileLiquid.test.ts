/**
 * Hostile Liquid: templates known to get around template engines' limits
 * (empty loops over huge ranges, width padding in `date`, replace and
 * capture amplification, deep nesting, snippet recursion through includes)
 * put in an action field and run by the real engine with the built-in
 * adapters. Each must end quickly, in a failed step whose error says what
 * was stopped, and must never reach the adapter or bloat the run record.
 *
 * The hard time limit (HARD_TIME_LIMIT_MS) belongs to the runtime on the
 * main thread, which terminates a worker that sends no news in time
 * (src/state/runtime/workerClient.ts; its own tests cover the recovery of a
 * batch). Here: the hostile templates sent through that client and the
 * worker protocol are answered in full long before the limit, and a handler
 * that never ends is stopped by it.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ADAPTERS, builtInRegistry } from '../../src/engine/adapters/index';
import { createRegistry } from '../../src/engine/adapters/registry';
import { slackAdapter } from '../../src/engine/adapters/slack';
import { Engine } from '../../src/engine/engine';
import { startRun } from '../../src/engine/interpreter';
import { DEFAULT_LIQUID_LIMITS, FieldRenderer } from '../../src/engine/liquidRender';
import type { ActionCall, AppAdapter } from '../../src/engine/types';
import { HARD_TIME_LIMIT_MS, type WorkerRequest } from '../../src/engine/workerProtocol';
import { EngineClient, inProcessExecutor } from '../../src/state/runtime/workerClient';
import { context, event, orgWith, workflow } from '../fixtures/engine';

const review = { customer_id: '1', product_id: '2', rating: 5, review_text: 'ok', reviewer_email: 'a@b.pl', photo_url: '' };
const double = (n: number) => '{% capture a %}{{ a }}{{ a }}{% endcapture %}'.repeat(n);
const replaceChain = (n: number) => '{% assign a = a | replace: "a", a %}'.repeat(n);

/** The real adapter, logging every call it gets. */
function spied(adapter: AppAdapter, calls: ActionCall[]): AppAdapter {
  const actions = Object.fromEntries(Object.entries(adapter.actions).map(([id, handler]) => [id, (call: ActionCall) => (calls.push(call), handler(call))]));
  return { ...adapter, actions };
}

/** Each case: a template, and what the step's error must say. */
const CASES: { name: string; template: string; error: RegExp }[] = [
  { name: 'an empty for over (1..1000000000)', template: '{% for i in (1..1000000000) %}{% endfor %}', error: /needed too much memory/ },
  { name: 'an empty reversed for with a limit', template: '{% for i in (1..1000000000) reversed limit: 1 %}{% endfor %}', error: /needed too much memory/ },
  { name: 'a tablerow over a huge range', template: '{% tablerow i in (1..1000000000) %}{% endtablerow %}', error: /needed too much memory/ },
  { name: 'join over a huge range', template: '{% assign r = (1..1000000000) %}{{ r | join: "," }}', error: /needed too much memory/ },
  { name: 'nested loops over a small list', template: '{% assign l = "a,b,c,d,e,f,g,h,i,j" | split: "," %}' + '{% for a in l %}'.repeat(8) + '{% endfor %}'.repeat(8), error: /ran its loops too many times/ },
  { name: 'nested loops over small ranges', template: '{% for i in (1..30000) %}{% for j in (1..30000) %}{% endfor %}{% endfor %}', error: /ran its loops too many times/ },
  { name: 'an output loop', template: '{% for i in (1..900000) %}x{% endfor %}', error: /ran its loops too many times/ },
  { name: 'date width padding %1000000000d', template: '{{ "2026-03-02" | date: "%1000000000d" }}', error: /needed too much memory/ },
  { name: 'date width padding %999999999Y', template: '{{ "now" | date: "%999999999Y" }}', error: /needed too much memory/ },
  { name: 'slice with a huge length', template: '{{ "abc" | slice: 0, 1000000000 }}', error: /needed too much memory/ },
  { name: 'replace amplification', template: `{% assign a = "aaaaaaaaaa" %}${replaceChain(6)}{{ a }}`, error: /needed too much memory/ },
  { name: 'append doubling', template: `{% assign a = "aaaaaaaaaaaaaaaa" %}${'{% assign a = a | append: a %}'.repeat(40)}{{ a }}`, error: /needed too much memory/ },
  { name: 'concat doubling of a list', template: `{% assign a = "a,a" | split: "," %}${'{% assign a = a | concat: a %}'.repeat(40)}{{ a | size }}`, error: /needed too much memory/ },
  // capture is not charged by liquidjs: our output cap stops it (liquidRender.ts).
  { name: 'capture doubling to 67 million characters', template: `{% assign a = "aaaaaaaaaaaaaaaa" %}${double(22)}{{ a }}`, error: /produced 67,108,864 characters, over the limit/ },
  { name: 'capture doubling past what a string can hold', template: `{% assign a = "aaaaaaaaaaaaaaaa" %}${double(40)}{{ a | size }}`, error: /produced more text than a string can hold/ },
  { name: 'capture doubling in a loop', template: '{% assign a = "aaaaaaaaaaaaaaaa" %}{% for i in (1..24) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}{{ a }}', error: /produced [\d,]+ characters/ },
  { name: 'parentheses nested 4,990 deep', template: `{{ ${'('.repeat(4990)}1${')'.repeat(4990)} }}`, error: /nests too deeply|has an error/ },
  // Longer than a field may be (MAX_FIELD_CHARS): refused before Liquid reads it.
  { name: 'if nested 20,000 deep (over the field size limit)', template: `${'{% if true %}'.repeat(20000)}${'{% endif %}'.repeat(20000)}`, error: /^Message is 480,000 characters long; a field can hold at most 10,000\b/ },
  { name: 'include recursion', template: '{% include "self" %}{% include "self" %}', error: /the "include" tag is not available: workflows have no snippets to load/ },
  { name: 'render recursion', template: '{% render "self" %}', error: /the "render" tag is not available/ },
  { name: 'layout', template: '{% layout "self" %}', error: /the "layout" tag is not available/ },
];

describe('hostile Liquid in an action field', () => {
  for (const { name, template, error } of CASES) {
    it(`${name}: fails the step with a clear error, stopped by a limit that counts work`, async () => {
      const calls: ActionCall[] = [];
      const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), [spied(slackAdapter, calls)]);
      const wf = workflow({ trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#reviews', text: template } }] });
      const { run } = await startRun({ ...ctx, workflow: wf, event: event('loox', 'new-review', review) });
      expect(run.status).toBe('failed');
      const step = run.steps.find((s) => s.stepId === 'a1')!;
      expect(step.status).toBe('failed');
      expect(step.error).toMatch(/^(The Liquid in )?Message /);
      expect(step.error).toMatch(error);
      expect(calls).toEqual([]);
      // Nothing grown by the template reaches the record (it goes to the main thread and into IndexedDB):
      // besides the template itself (in the workflow copy and the step input), only a few kB.
      expect(JSON.stringify(run).length).toBeLessThan(3 * template.length + 50_000);
    });
  }

  it('a batch of hostile workflows through the Engine ends with every run failed', async () => {
    const ctx = context(orgWith({ 'store-1': ['loox', 'slack'] }), []);
    const engine = new Engine({ ...ctx, registry: builtInRegistry, renderer: new FieldRenderer(DEFAULT_LIQUID_LIMITS) });
    const workflows = CASES.map((c, i) =>
      workflow({ id: `hostile-${i}`, name: c.name, trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#reviews', text: c.template } }] }),
    );
    const batch = await engine.fire(event('loox', 'new-review', review), workflows, ctx.org);
    expect(batch.runs).toHaveLength(CASES.length);
    expect(batch.runs.every((r) => r.status === 'failed')).toBe(true);
    expect(ctx.sandbox.forApp('store-1', 'slack').list('messages')).toEqual([]);
  });

  it('a legitimate template of the same shapes still renders', async () => {
    const renderer = new FieldRenderer();
    const ok = await renderer.render(`{% assign a = "ab" %}${double(5)}{% for i in (1..3) %}{{ i }}{% endfor %}{{ a | size }}`, {}, 'Message');
    expect(ok).toEqual({ ok: true, text: '12364' });
  });
});

describe('through the worker protocol, under the hard time limit', () => {
  const org = orgWith({ 'store-1': ['loox', 'slack'] });
  const request = (workflows: ReturnType<typeof workflow>[]): WorkerRequest => ({
    type: 'fire',
    requestId: 'req-1',
    now: event('loox', 'new-review', review).at,
    org,
    sandbox: [],
    faults: [],
    liveHttp: false,
    workflows,
    events: [event('loox', 'new-review', review)],
  });
  const hostile = CASES.map((c, i) =>
    workflow({ id: `hostile-${i}`, name: c.name, trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#reviews', text: c.template } }] }),
  );

  it('answers every hostile run in full, each failed by its own limit, without the hard limit stepping in', async () => {
    const client = new EngineClient(inProcessExecutor(), HARD_TIME_LIMIT_MS);
    const outcome = await client.request(request(hostile));
    client.dispose();
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.reply.runs.map((r) => r.status)).toEqual(CASES.map(() => 'failed'));
    expect(client.restarts).toBe(0);
  });

  it('stops a handler that never ends, naming the stuck run', async () => {
    const never: AppAdapter = { ...slackAdapter, actions: { 'send-message': () => new Promise(() => {}) } };
    const registry = createRegistry(BUILT_IN_ADAPTERS.map((a) => (a.appId === 'slack' ? never : a)));
    const client = new EngineClient(inProcessExecutor({ registry }), 200);
    const stuck = workflow({ id: 'stuck', trigger: ['loox', 'new-review'], steps: [{ id: 'a1', action: ['slack', 'send-message'], fields: { channel: '#reviews', text: 'hi' } }] });
    const outcome = await client.request(request([stuck]));
    client.dispose();
    expect(outcome).toMatchObject({ kind: 'stopped', timedOut: true, stuck: { workflowId: 'stuck' } });
    expect(client.restarts).toBe(1);
  });
});
