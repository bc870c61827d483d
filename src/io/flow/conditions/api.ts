/**
 * The result types of the conditions module's conversions (the export's
 * condition tree, Flowbench's criteria), kept apart from the syntax tree so
 * that callers can name them without importing the implementations.
 */
import type { ConditionGroup } from '../../../domain/workflow/document';
import type { FlowProblem } from '../problems';
import type { FlowCondition } from './ast';

/** A JSON path, from the file's root (or the criteria's owner) to the node a problem is about. */
export type JsonPath = (string | number)[];

export type ReadConditionTreeResult = { ok: true; ast: FlowCondition } | { ok: false; problems: FlowProblem[] };

export type FlowConditionToCriteriaResult = { ok: true; criteria: ConditionGroup } | { ok: false; problems: FlowProblem[] };

/**
 * Flowbench criteria in Flow's words: the condition always (so an export can
 * go on), and a problem for each part Flow can't express the way Flowbench
 * means it. An empty `problems` means the condition is exact.
 */
export interface CriteriaToFlowConditionResult {
  ast: FlowCondition;
  problems: FlowProblem[];
}

/**
 * How a data path is spelled on each side: Flow's fields are camelCase
 * (`order.totalPrice`), Flowbench's data keys snake_case
 * (`order.total_price`). Each direction returns undefined for a path the
 * other side has no spelling of (reported, never guessed).
 */
export interface FlowPathNaming {
  toFlowbench(flowPath: string): string | undefined;
  toFlow(flowbenchPath: string): string | undefined;
}

/** Options of both conversions. */
export interface ConversionOptions {
  /** The path spelling; `defaultPathNaming` (paths.ts) when left out. */
  naming?: FlowPathNaming;
}
