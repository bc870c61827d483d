/**
 * Refusals of the document reducer (operations.ts) and of the kinds' own
 * operations (kinds/*.ts), and the step lookups they share. A refusal has a
 * stable code and the values its message mentions, so the UI can word it in
 * the user's language (as problems do); the English message stays for the
 * CLI, logs and tests.
 */
import type { MessageParams } from '../text/messageParams';
import type { StepShape } from './kinds/base';

/** Every kind of refusal; stable, so the UI and tests can key on them. */
export const REFUSAL_CODES = [
  'invalid-operation',
  'no-step',
  'wrong-kind',
  'step-id-taken',
  'second-trigger',
  'no-trigger-yet',
  'link-from-missing',
  'link-to-missing',
  'no-such-port',
  'self-link',
  'link-into-trigger',
  'port-taken',
  'cycle',
  'restore-invalid',
  'no-workflow-open',
  'clipboard-not-json',
  'clipboard-not-steps',
  'clipboard-invalid',
  'field-too-long',
  'not-in-loop',
  'no-note',
  'nothing-to-add',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a change was refused: a code, the values the message mentions, and the message in English. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly params?: MessageParams;
  readonly message: string;
}

/** An operation the document's rules refuse; `message` says why in plain words, `code` and `params` for the UI. */
export class OperationError extends Error {
  override name = 'OperationError';
  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly params?: MessageParams,
  ) {
    super(message);
  }

  /** A refusal as data. */
  get refusal(): Refusal {
    return { code: this.code, message: this.message, ...(this.params ? { params: this.params } : {}) };
  }

  /** Throws the refusal as an error. */
  static from(refusal: Refusal): OperationError {
    return new OperationError(refusal.code, refusal.message, refusal.params);
  }
}

/** The index of step `id`; throws when there is none. */
export function indexOfStep(doc: { readonly steps: readonly StepShape[] }, id: string): number {
  const index = doc.steps.findIndex((s) => s.id === id);
  if (index === -1) throw new OperationError('no-step', `There is no step "${id}" in this workflow.`, { id });
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
  if (actual !== kind) throw new OperationError('wrong-kind', `Step "${id}" is ${aStep(actual)}: ${why}.`, { id, actual, expected: kind });
  return index;
}
