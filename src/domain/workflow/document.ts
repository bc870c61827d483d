/**
 * The workflow document: what a user designs and what is stored, exported
 * and run. One trigger (or none while drafting), then Action, Condition and
 * Wait steps joined by links between ports. Links refer to step ids, never
 * names. Runtime state (runs, step statuses) never lives here.
 *
 * The schema enforces the structural rules (ids unique, links point to
 * existing steps and leave from the right ports, nothing links into the
 * trigger, no cycles, connectors never used as conditions); whether the
 * workflow is complete and runnable is static validation's job (validate.ts).
 */
import { z } from 'zod';
import { Slug } from '../catalog/manifest';
import { SafeRecord } from '../ownKeys';
import { Activation } from './activation';

export const WORKFLOW_SCHEMA_VERSION = 1;

export const StepId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');

/**
 * How far from the origin a step may sit on the canvas, in pixels. Ten
 * million is three times the tallest layout Auto-layout makes of the largest
 * workflow the schema allows (20,000 steps in one chain, about 3.1 million),
 * and below 2^24, so every whole-pixel position stays exact even in the
 * single-precision maths of the browser's compositor. Finite but huge values
 * (1.7e308) overflow React Flow's view computations to Infinity and NaN, and
 * no node would ever show. Stored records from before this bound are
 * clamped into it when read (storedWorkflow.ts).
 */
export const MAX_COORDINATE = 10_000_000;

const Coordinate = z
  .number()
  .finite()
  .min(-MAX_COORDINATE, `must be at least -${MAX_COORDINATE.toLocaleString('en')}: a step sits on a canvas of at most ten million pixels each way`)
  .max(MAX_COORDINATE, `must be at most ${MAX_COORDINATE.toLocaleString('en')}: a step sits on a canvas of at most ten million pixels each way`);

export const Position = z.strictObject({ x: Coordinate, y: Coordinate });
export type Position = z.infer<typeof Position>;

/** Shopify Flow's condition operators. Which apply depends on the field's type (conditionOperators.ts). */
export const OPERATORS = [
  'equal',
  'not_equal',
  'greater_than',
  'greater_or_equal',
  'less_than',
  'less_or_equal',
  'includes',
  'not_includes',
  'starts_with',
  'ends_with',
  'any_of',
  'none_of',
  'is_empty',
  'is_not_empty',
] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

/** Roots a condition may read from: the trigger's payload and the Shopify objects it references. */
export const DATA_ROOTS = ['trigger', 'customer', 'order', 'product'] as const;

/**
 * A data path a condition reads, like `trigger.rating` or `order.total_price`.
 * Anything else, in particular an app's name or a step's output, is refused:
 * connectors can't be used to set conditions (the seed's rule).
 */
export const DataPath = z
  .string()
  .superRefine((path, ctx) => {
    const root = path.split('.')[0] ?? '';
    if (!/^[a-z][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$/.test(path)) {
      ctx.addIssue({ code: 'custom', message: 'must be a data field like "trigger.rating" or "order.total_price"' });
    } else if (!(DATA_ROOTS as readonly string[]).includes(root)) {
      ctx.addIssue({
        code: 'custom',
        message: `connectors can't be used in conditions: a condition can only read the trigger's data and the Shopify customer, order or product, not "${root}"`,
      });
    }
  });

export const ConditionValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type ConditionValue = z.infer<typeof ConditionValue>;

export const Criterion = z.strictObject({
  kind: z.literal('criterion'),
  field: DataPath,
  operator: Operator,
  /** Omitted for is_empty / is_not_empty; a list for any_of / none_of. */
  value: ConditionValue.optional(),
});
export type Criterion = z.infer<typeof Criterion>;

export interface ConditionGroup {
  kind: 'group';
  join: 'and' | 'or';
  items: (Criterion | ConditionGroup)[];
}
/** Criteria joined by AND or OR; groups nest. */
export const ConditionGroup: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.strictObject({
    kind: z.literal('group'),
    join: z.enum(['and', 'or']),
    items: z.array(z.union([Criterion, ConditionGroup])).max(100),
  }),
);

const stepBase = {
  id: StepId,
  position: Position,
  /** A free note the author keeps on the step. */
  note: z.string().max(2000).default(''),
};

/** How often a scheduled trigger repeats after its start: `none` fires once. */
export const SCHEDULE_REPEATS = ['none', 'hourly', 'daily', 'weekly'] as const;
export const ScheduleRepeat = z.enum(SCHEDULE_REPEATS, { error: 'must be one of "none", "hourly", "daily" or "weekly"' });
export type ScheduleRepeat = z.infer<typeof ScheduleRepeat>;

/** True when `start` ("YYYY-MM-DDTHH:MM") names a real day and time (no 31 April, no 24:00). */
function isRealStart(start: string): boolean {
  const ms = Date.parse(`${start}:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 16) === start;
}

/**
 * When a trigger whose manifest schedule is `configurable` (Shopify's
 * Scheduled time) fires: first at `start`, a date and time in UTC (the
 * organization model has no time zones), then every hour, day or week.
 */
export const TriggerSchedule = z.strictObject({
  start: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time in UTC like "2026-12-01T09:00"')
    .refine(isRealStart, 'is not a real date and time'),
  repeat: ScheduleRepeat,
});
export type TriggerSchedule = z.infer<typeof TriggerSchedule>;

export const TriggerStep = z.strictObject({
  ...stepBase,
  kind: z.literal('trigger'),
  app: Slug,
  trigger: Slug,
  /** Only on a trigger whose manifest schedule is `configurable`; without one it fires daily at 00:00 UTC. */
  schedule: TriggerSchedule.optional(),
});
export type TriggerStep = z.infer<typeof TriggerStep>;

export const ActionStep = z.strictObject({
  ...stepBase,
  kind: z.literal('action'),
  app: Slug,
  action: Slug,
  /** Input values by field key: text that may contain Liquid (`{{ trigger.rating }}`). */
  fields: SafeRecord(z.string()),
});
export type ActionStep = z.infer<typeof ActionStep>;

export const ConditionStep = z.strictObject({
  ...stepBase,
  kind: z.literal('condition'),
  criteria: ConditionGroup,
});
export type ConditionStep = z.infer<typeof ConditionStep>;

export const WaitUnit = z.enum(['minutes', 'hours', 'days']);
export const WaitStep = z.strictObject({
  ...stepBase,
  kind: z.literal('wait'),
  duration: z.strictObject({ amount: z.number().int().min(1).max(1000), unit: WaitUnit }),
});
export type WaitStep = z.infer<typeof WaitStep>;

export const StepUnion = z.discriminatedUnion('kind', [TriggerStep, ActionStep, ConditionStep, WaitStep]);

/**
 * A step. A condition that names an app is refused with the seed's rule in
 * words, rather than a bare "unknown key". The check is a preprocess step (not
 * a refinement of `unknown`) so that z.toJSONSchema describes a step's real
 * shapes in both `input` and `output` mode (src/io/jsonSchema.ts).
 */
export const Step = z.preprocess((value, ctx) => {
  if (value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'condition') {
    for (const key of ['app', 'action', 'trigger'] as const) {
      if (key in value) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: value,
          message: `connectors can't be used as conditions: a condition step cannot name an app's ${key === 'app' ? 'connector' : key}`,
        });
      }
    }
  }
  return value;
}, StepUnion);
export type Step = z.infer<typeof StepUnion>;
export type StepKind = Step['kind'];

/** The output ports of each step kind. */
export const PORTS_BY_KIND: Record<StepKind, readonly Port[]> = {
  trigger: ['next'],
  action: ['next'],
  wait: ['next'],
  condition: ['then', 'otherwise'],
};
export const Port = z.enum(['next', 'then', 'otherwise']);
export type Port = z.infer<typeof Port>;

/** A link from one step's output port to another step. One link per port. */
export const Link = z.strictObject({ from: StepId, port: Port, to: StepId });
export type Link = z.infer<typeof Link>;

export const WorkflowName = z
  .string()
  .trim()
  .min(1, 'a workflow needs a name')
  .max(120, 'a workflow name can be at most 120 characters');

export const Workflow = z
  .strictObject({
    schemaVersion: z.literal(WORKFLOW_SCHEMA_VERSION),
    id: StepId,
    name: WorkflowName,
    description: z.string().max(5000).default(''),
    activation: Activation,
    steps: z.array(Step).max(20_000),
    links: z.array(Link).max(40_000),
  })
  .superRefine((wf, ctx) => {
    const byId = new Map<string, Step>();
    wf.steps.forEach((step, i) => {
      if (byId.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `the step id "${step.id}" is used twice` });
      }
      byId.set(step.id, step);
    });
    const triggers = wf.steps.filter((s) => s.kind === 'trigger');
    if (triggers.length > 1) {
      const second = wf.steps.indexOf(triggers[1]!);
      ctx.addIssue({ code: 'custom', path: ['steps', second], message: 'a workflow has exactly one trigger' });
    }
    const usedPorts = new Set<string>();
    wf.links.forEach((link, i) => {
      const from = byId.get(link.from);
      const to = byId.get(link.to);
      if (!from) {
        ctx.addIssue({ code: 'custom', path: ['links', i, 'from'], message: `links from a step that does not exist ("${link.from}")` });
      } else if (!PORTS_BY_KIND[from.kind].includes(link.port)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'port'],
          message: `${from.kind === 'action' ? 'an' : 'a'} ${from.kind} step has no "${link.port}" output (it has ${PORTS_BY_KIND[from.kind].join(', ')})`,
        });
      }
      if (!to) {
        ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: `links to a step that does not exist ("${link.to}")` });
      } else if (to.kind === 'trigger') {
        ctx.addIssue({ code: 'custom', path: ['links', i, 'to'], message: 'nothing can link into the trigger' });
      }
      if (link.from === link.to) {
        ctx.addIssue({ code: 'custom', path: ['links', i], message: 'a step cannot link to itself' });
      }
      const portKey = `${link.from}:${link.port}`;
      if (usedPorts.has(portKey)) {
        ctx.addIssue({ code: 'custom', path: ['links', i], message: `the "${link.port}" output of "${link.from}" already has a link` });
      }
      usedPorts.add(portKey);
    });
    const cycleAt = findCycle(wf.links);
    if (cycleAt !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['links', cycleAt], message: 'this link closes a cycle: a workflow cannot loop back' });
    }
  });
export type Workflow = z.infer<typeof Workflow>;

/**
 * Index of a link that closes a cycle, or undefined when the links form none.
 * One depth-first pass (linear in steps + links): a link to a step still on
 * the DFS path is a back edge, i.e. closes a cycle.
 */
export function findCycle(links: readonly Link[]): number | undefined {
  const out = new Map<string, number[]>();
  links.forEach((l, i) => {
    // A self-link is reported on its own by the schema; it is not counted again as a cycle.
    if (l.from === l.to) return;
    const list = out.get(l.from);
    if (list) list.push(i);
    else out.set(l.from, [i]);
  });
  const state = new Map<string, 'open' | 'done'>();
  for (const root of out.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = out.get(frame.id) ?? [];
      if (frame.next >= edges.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const linkIndex = edges[frame.next++]!;
      const to = links[linkIndex]!.to;
      const seen = state.get(to);
      if (seen === 'open') return linkIndex;
      if (seen === undefined) {
        state.set(to, 'open');
        stack.push({ id: to, next: 0 });
      }
    }
  }
  return undefined;
}

/** True when `target` can be reached from `start` by following links. */
export function reaches(out: ReadonlyMap<string, readonly string[]>, start: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(out.get(id) ?? []));
  }
  return false;
}
