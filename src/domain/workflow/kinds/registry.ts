/**
 * The step kinds, registered once. Adding a kind means writing its module
 * (see base.ts and docs/adding-a-step-kind.md) and adding it to
 * STEP_KIND_LIST; the step union, the ports, the operations and every
 * generic use below follow from the list. The engine (src/engine/kinds) and
 * the UI (src/ui/kinds) register the same kinds; kinds.test.ts fails when a
 * kind lacks a part in any layer.
 */
import { z } from 'zod';
import type { Catalog, CatalogIndex } from '../../catalog/catalog';
import type { Problem } from '../problems';
import type { Scope, Variable } from '../scope';
import type { Refusal } from '../operationError';
import { actionKind } from './action';
import { adminApiKind } from './adminApi';
import type { AnyKindOperation, FieldChange, KindDescription, Position, StepCheckContext, StepFacts } from './base';
import { conditionKind } from './condition';
import { forEachKind } from './forEach';
import { foreignKind } from './foreign';
import { getDataKind } from './getData';
import { logKind } from './log';
import { runCodeKind } from './runCode';
import { triggerKind } from './trigger';
import { waitKind } from './wait';

/** Every kind; the order is the order of the step union (and of the JSON Schema's `oneOf`). */
export const STEP_KIND_LIST = [triggerKind, actionKind, conditionKind, waitKind, logKind, forEachKind, getDataKind, runCodeKind, adminApiKind, foreignKind] as const;

type KindList = typeof STEP_KIND_LIST;
type SchemaTuple<L extends readonly { schema: unknown }[]> = { -readonly [I in keyof L]: L[I]['schema'] };

/** A step of any kind, parsed by its kind's schema. */
export const StepUnion = z.discriminatedUnion('kind', STEP_KIND_LIST.map((k) => k.schema) as unknown as SchemaTuple<KindList>);
export type Step = z.infer<typeof StepUnion>;
export type StepKind = Step['kind'];
/** The step of one kind. */
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

type DefOf<K extends StepKind> = Extract<KindList[number], { kind: K }>;
/** What a new step of kind K is made from besides its kind (an app and its trigger; nothing for a wait). */
export type KindArgs<K extends StepKind> = z.infer<DefOf<K>['args']>;
/** A step to make: its kind and that kind's args (what a palette item carries). */
export type NewStep = { [K in StepKind]: { kind: K } & KindArgs<K> }[StepKind];

/** Every kind's name, in the order of the list. */
export const STEP_KIND_NAMES = STEP_KIND_LIST.map((k) => k.kind) as unknown as readonly [StepKind, ...StepKind[]];

/** Every output port any kind has, each once, in the order the kinds list them. */
export const PORT_NAMES = [...new Set(STEP_KIND_LIST.flatMap((k) => k.ports))] as unknown as readonly [
  KindList[number]['ports'][number],
  ...KindList[number]['ports'][number][],
];
export type PortName = KindList[number]['ports'][number];

/**
 * A kind seen through a step of any kind. The registry looks a kind up by
 * the step's own `kind`, so the step always fits the kind it is handed to;
 * that one fact is what the cast in {@link kindOf} stands for.
 */
export interface KindOfStep {
  readonly kind: StepKind;
  readonly ports: readonly PortName[];
  readonly portLabels: Readonly<Partial<Record<PortName, string>>>;
  readonly acceptsLinks: boolean;
  readonly setsCondition?: boolean;
  readonly loopPort?: string;
  readonly label: string;
  readonly args: z.ZodType<object>;
  readonly placeholder: object;
  create(args: object, position: Position, id?: string): Step;
  offered(args: object, catalog: Catalog): boolean;
  appsUsed(step: Step): readonly string[];
  describe(step: Step, catalog: CatalogIndex): KindDescription;
  diff(before: Step, after: Step): FieldChange[];
  validate(step: Step, ctx: StepCheckContext, facts: StepFacts): Problem[];
  scopeAfter?(step: Step, port: string, scope: Scope, catalog: Catalog): Scope;
  output?(step: Step, scope: Scope, catalog: Catalog): Pick<Variable, 'name' | 'label' | 'shape'> | undefined;
  refuseNext?(port: string, next: string): Refusal | undefined;
  liquidTexts?(step: Step): readonly string[];
  checkAdded?(step: Step): void;
  importProblems?(raw: Record<string, unknown>): { path: (string | number)[]; message: string }[];
  checkRaw?(value: Record<string, unknown>, ctx: z.RefinementCtx): void;
  readonly operations: readonly AnyKindOperation[];
}

const BY_KIND = new Map<string, KindOfStep>(STEP_KIND_LIST.map((k) => [k.kind, k as unknown as KindOfStep]));

/** The definition of a kind, by name. */
export function kindOf(kind: StepKind): KindOfStep {
  return BY_KIND.get(kind)!;
}

/** The definition of a kind named by untrusted input, if there is one (`constructor` is not a kind). */
export function findKind(kind: unknown): KindOfStep | undefined {
  return typeof kind === 'string' ? BY_KIND.get(kind) : undefined;
}

/**
 * A new step of the item's kind at `position` (the kind's default factory);
 * the item's args were parsed with the kind's `args` schema.
 */
export function createStep(item: NewStep, position: Position, id?: string): Step {
  const { kind, ...args } = item;
  return kindOf(kind).create(args, position, id);
}

/**
 * Parses a step to make from untrusted input (a dropped palette item):
 * a known kind, args that fit it, and what they name still in the catalog.
 */
export function parseNewStep(value: unknown, catalog: Catalog): NewStep | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { kind: name, ...rest } = value as Record<string, unknown>;
  const kind = findKind(name);
  const args = kind?.args.safeParse(rest);
  if (!kind || !args?.success || !kind.offered(args.data, catalog)) return undefined;
  return { kind: kind.kind, ...args.data } as NewStep;
}

/** The output ports of each kind. */
export const PORTS_BY_KIND = Object.fromEntries(STEP_KIND_LIST.map((k) => [k.kind, k.ports])) as unknown as Readonly<
  Record<StepKind, readonly PortName[]>
>;

/** The apps a step uses (none for logic steps). */
export function appsOfStep(step: Step): readonly string[] {
  return kindOf(step.kind).appsUsed(step);
}

/** Every app the steps use, each once. */
export function appsOfSteps(steps: readonly Step[]): string[] {
  return [...new Set(steps.flatMap(appsOfStep))];
}

type OpsTuple<L extends readonly unknown[]> = L extends readonly [infer H, ...infer T]
  ? H extends { operations: readonly unknown[] }
    ? [...H['operations'], ...OpsTuple<T>]
    : never
  : [];
type KindOps = OpsTuple<KindList>;

/** The operations of all kinds, in the order of the list. */
const KIND_OPERATIONS = STEP_KIND_LIST.flatMap((k) => k.operations as readonly AnyKindOperation[]);

/** Their schemas, for the Operation union (operationSchema.ts). */
export const KIND_OPERATION_SCHEMAS = KIND_OPERATIONS.map((o) => o.schema) as unknown as { -readonly [I in keyof KindOps]: KindOps[I] extends { schema: infer S } ? S : never };

const OPERATION_BY_TYPE = new Map<string, AnyKindOperation>(
  KIND_OPERATIONS.map((o) => [(o.schema.shape as { type: z.ZodLiteral<string> }).type.value, o]),
);

/** The kind operation of this type, if it is one (the reducer handles the others itself). */
export function kindOperation(type: string): AnyKindOperation | undefined {
  return OPERATION_BY_TYPE.get(type);
}

