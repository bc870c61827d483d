/**
 * What every step kind is made of, and the shape of a kind's definition.
 *
 * A step kind (trigger, action, condition, wait, and the kinds to come) is
 * defined once in the domain, in a module of this folder: its schema, its
 * output ports, whether links may come into it, its default factory, the
 * operations that change it, its static validation, and its description
 * and diff text. The registry (registry.ts) lists the kinds; everything that
 * works on steps in general (the document schema, the reducer, validation,
 * version diffs, imports) goes through it and never names a kind. The
 * engine and the UI have their own registries of the same kinds
 * (engine/kinds, ui/kinds), and docs/adding-a-step-kind.md is the recipe.
 */
import { z } from 'zod';
import type { Catalog, CatalogIndex } from '../../catalog/catalog';
import type { Organization } from '../../org/organization';
import type { AnalyzeLiquid } from '../liquidAnalyses';
import type { Problem } from '../problems';
import type { Scope, Variable } from '../scope';
import type { Refusal } from '../operationError';

export const StepId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');

/**
 * How far from the origin a step may sit on the canvas, in pixels. Ten
 * million is three times the tallest layout Auto-layout makes of the largest
 * workflow the schema allows (20,000 steps in one chain, about 3.1 million),
 * and below 2^24, so every whole-pixel position stays exact even in the
 * single-precision maths of the browser's compositor. Finite but huge values
 * (1.7e308) overflow React Flow's view computations to Infinity and NaN, and
 * no node would ever show. Stored records from before this bound are
 * clamped into it when read (../storedWorkflow.ts).
 */
export const MAX_COORDINATE = 10_000_000;

const Coordinate = z
  .number()
  .finite()
  .min(-MAX_COORDINATE, `must be at least -${MAX_COORDINATE.toLocaleString('en')}: a step sits on a canvas of at most ten million pixels each way`)
  .max(MAX_COORDINATE, `must be at most ${MAX_COORDINATE.toLocaleString('en')}: a step sits on a canvas of at most ten million pixels each way`);

export const Position = z.strictObject({ x: Coordinate, y: Coordinate });
export type Position = z.infer<typeof Position>;

/** The fields every step has, whatever its kind. */
export const stepBase = {
  id: StepId,
  position: Position,
  /** A free note the author keeps on the step. */
  note: z.string().max(2000).default(''),
};

/** What every step is, seen without its kind. */
export interface StepShape {
  readonly id: string;
  readonly kind: string;
  readonly position: Position;
  readonly note: string;
}

/** A step's changes in a version diff: one field, before and after, as text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** How a step is named for people, in English (the UI words it in its own language). */
export interface KindDescription {
  /** The app's name; "Logic" for steps that belong to no app. */
  appName: string;
  /** The step's own name: the trigger or action name, or a summary. */
  title: string;
}

/**
 * What a kind's static validation knows of the workflow around its steps:
 * the same object for every step while the catalog, the organization and
 * the trigger's event are the same, so a validator can keep each step's
 * problems by (step, context) (validator.ts).
 */
export interface StepCheckContext {
  readonly catalog: Catalog;
  readonly org: Organization;
  /** The workflow's trigger step, if it has one (typed loosely: the trigger kind reads it). */
  readonly trigger: (StepShape & { app: string; trigger: string }) | undefined;
  /** The trigger's data (its payload and the Shopify objects it references); undefined when there is no known trigger. */
  readonly triggerScope: Scope | undefined;
  /** How Liquid is analysed: afresh, or from a cache by text (liquidAnalyses.ts). */
  readonly analyze: AnalyzeLiquid;
}

/** What a step's checks may know of its place in the workflow's links; part of the key its problems are kept by. */
export interface StepFacts {
  /** Whether a link leaves the step. */
  readonly hasNext: boolean;
  /**
   * What the step can read (the trigger's data, earlier steps' outputs, a
   * loop's item: scope.ts); undefined when there is no known trigger.
   * Scopes are interned, so the same variables are the same object.
   */
  readonly scope: Scope | undefined;
  /** The For each steps whose loop body the step is in, innermost last (empty outside loops). */
  readonly loops: readonly string[];
  /** The step's output ports that have a link, in the kind's order. */
  readonly linkedPorts: readonly string[];
  /**
   * Every variable some step of the workflow provides (outputs, loop items),
   * whether or not this step can read it: so a problem can say which step
   * provides a name the step can't read, and why. Interned like scopes.
   */
  readonly provided: Scope;
}

/**
 * What a kind's operation sees of the document: its steps. Typed apart from
 * `Workflow`, whose type is built from the kinds, so that a kind never
 * depends on the union it is part of.
 */
export interface StepsDoc {
  readonly steps: readonly StepShape[];
}

/** The change an operation makes, as an immer recipe over the document's draft (it touches only `steps`). */
export type Recipe = (draft: { steps: unknown[] }) => void;

/**
 * An operation that belongs to one kind (set a wait's duration, a
 * condition's criteria...): its schema, with a literal `type`, and how it
 * changes a document. `plan` checks the operation against the document
 * and throws an OperationError (operationError.ts) when it is refused.
 */
export interface KindOperation<S extends z.ZodObject = z.ZodObject> {
  readonly schema: S;
  plan(doc: StepsDoc, op: z.output<S>): Recipe;
}

/** Any kind operation, for lists of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operation's own types are checked where it is defined
export type AnyKindOperation = KindOperation<any>;

/** Builds an operation schema: `{ type: <literal>, ...shape }`, strict. */
export const operation = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/**
 * One step kind. `Schema` is the step's zod schema (a strict object whose
 * `kind` is a literal); `Args` what a palette item of this kind carries
 * besides its kind (an app and its trigger, say; nothing for a wait).
 */
export interface StepKindDefinition<
  Schema extends z.ZodObject = z.ZodObject,
  Args extends object = object,
  Ops extends readonly AnyKindOperation[] = readonly AnyKindOperation[],
> {
  readonly kind: z.infer<Schema>['kind'];
  readonly schema: Schema;
  /** Output ports in the order they are drawn and offered; the first free one is linked by "add after". */
  readonly ports: readonly string[];
  /** English names of the ports that have one ("Then"); an unnamed port (`next`) is simply the way on. */
  readonly portLabels: Readonly<Record<string, string>>;
  /** False for the entry step: nothing links into it. */
  readonly acceptsLinks: boolean;
  /**
   * True for a kind that sets a condition: the seed's rule says connectors
   * can never be used there, so dropping a connector on such a step is
   * refused with that rule.
   */
  readonly setsCondition?: boolean;
  /** The port whose steps run once per item of a list (For each's `loop_body`); they are inside the loop. */
  readonly loopPort?: string;
  /** The kind's name in English ("Wait"), for run records and the CLI. */
  readonly label: string;
  /** What a palette item of this kind carries besides its kind; parsed when an item is dropped. */
  readonly args: z.ZodType<Args>;
  /** Args of a placeholder step, for checks where only a step's kind matters (the links of a file that failed to parse). */
  readonly placeholder: Args;
  /** A new step of this kind (the default factory). */
  create(args: Args, position: Position, id?: string): z.infer<Schema>;
  /** True when the catalog still offers what `args` name (an app's trigger or action). */
  offered(args: Args, catalog: Catalog): boolean;
  /** The apps the step uses (their connectors decide where the workflow may run). */
  appsUsed(step: z.infer<Schema>): readonly string[];
  describe(step: z.infer<Schema>, catalog: CatalogIndex): KindDescription;
  /** Changes between two versions of the same step, field by field (the note and position are compared elsewhere). */
  diff(before: z.infer<Schema>, after: z.infer<Schema>): FieldChange[];
  /**
   * What the steps linked from `port` can read, given what this step can
   * read: a step that provides data adds its variable (Get data's list, Run
   * code's output), a For each adds its item on `loop_body`, a Wait forgets
   * what earlier steps provided. Without it, the scope passes unchanged.
   */
  scopeAfter?(step: z.infer<Schema>, port: string, scope: Scope, catalog: Catalog): Scope;
  /**
   * Why a step of kind `next` may not follow this step's `port` (Flow
   * forbids some steps directly inside a loop), or undefined when it may.
   * Checked when linking, adding and importing.
   */
  refuseNext?(port: string, next: string): Refusal | undefined;
  /**
   * For a kind whose steps provide data to later steps (Get data, Run code,
   * Send Admin API request): the variable a step provides, as a step of
   * `scope` would read it. Its name is the step's `variable` field
   * (variableNames.ts keeps names unique). validate.ts adds it, as an output
   * of the step, to what the steps after it can read.
   */
  output?(step: z.infer<Schema>, scope: Scope, catalog: Catalog): Pick<Variable, 'name' | 'label' | 'shape'> | undefined;
  /** Static problems of the step (its unreachability is checked for every kind by validate.ts). */
  validate(step: z.infer<Schema>, ctx: StepCheckContext, facts: StepFacts): Problem[];
  /** The texts of the step that validation analyses as Liquid (a validator warms its cache with them, a piece at a time). */
  liquidTexts?(step: z.infer<Schema>): readonly string[];
  /** Checks a new step of this kind (added, pasted) before it enters the document; throws an OperationError to refuse it. */
  checkAdded?(step: z.infer<Schema>): void;
  /**
   * Problems of a raw step in an imported file that its schema doesn't
   * check, because stored records are read leniently while an import is new
   * text (an action field over its size limit). Paths are relative to the step.
   */
  importProblems?(raw: Record<string, unknown>): { path: (string | number)[]; message: string }[];
  /** Checks of the raw input before the schema parses it, for refusals worded better than "unknown key". */
  checkRaw?(value: Record<string, unknown>, ctx: z.RefinementCtx): void;
  /** The operations only this kind has. */
  readonly operations: Ops;
}

/** The args of a kind whose new steps need nothing but their kind (the logic steps). */
export const NO_ARGS: z.ZodType<object> = z.strictObject({});

/** Compares two values as JSON and records a change when they differ. */
/** A kind's `diff` over the named properties of its steps, each compared and shown as changeRecorder does. */
export function diffOf<S extends object>(...keys: readonly (keyof S & string)[]) {
  return (before: S, after: S): FieldChange[] => {
    const changes: FieldChange[] = [];
    const add = changeRecorder(changes);
    for (const key of keys) add(key, before[key], after[key]);
    return changes;
  };
}

export function changeRecorder(changes: FieldChange[]) {
  const show = (value: unknown): string => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  return (field: string, before: unknown, after: unknown) => {
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field, before: show(before), after: show(after) });
  };
}
