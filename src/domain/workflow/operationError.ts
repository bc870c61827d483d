/**
 * Refusals of the document reducer (operations.ts) and of the kinds'
 * own operations (kinds/*.ts), and the step lookups they share.
 */
import type { StepShape } from './kinds/base';

/** An operation the document's rules refuse; `message` says why in plain words. */
export class OperationError extends Error {
  override name = 'OperationError';
}

/** The index of step `id`; throws when there is none. */
export function indexOfStep(doc: { readonly steps: readonly StepShape[] }, id: string): number {
  const index = doc.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new OperationError(`There is no step "${id}" in this workflow.`);
  return index;
}

/** `action` → "an action step", `wait` → "a wait step": for messages. */
export function aStep(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} step`;
}

/** The index of step `id`, which must be of `kind`; throws naming `why` otherwise. */
export function indexOfKind(doc: { readonly steps: readonly StepShape[] }, id: string, kind: string, why: string): number {
  const index = indexOfStep(doc, id);
  const actual = doc.steps[index]!.kind;
  if (actual !== kind) throw new OperationError(`Step "${id}" is ${aStep(actual)}: ${why}.`);
  return index;
}
