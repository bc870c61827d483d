/**
 * The log kind: Shopify Flow's "Log output". It writes one line, a message
 * that may hold Liquid, into the run's record, so a person reading a run sees
 * the values a workflow worked with (Flow documents one required field, the
 * text to log; its task id and field id are unknown, FORMAT.md §13).
 */
import type { Draft } from 'immer';
import { z } from 'zod';
import { newId } from '../ids';
import { indexOfKind } from '../operationError';
import { NO_ARGS, type Position, type StepKindDefinition, StepId, type StepsDoc, operation, stepBase, diffOf } from './base';
import { liquidTextsOf, refuseTooLong, textFieldProblems, tooLongOnImport } from './textFields';

export const LogStep = z.strictObject({
  ...stepBase,
  kind: z.literal('log'),
  /** The line to write into the run's record; may hold Liquid. */
  message: z.string(),
});
export type LogStep = z.infer<typeof LogStep>;

/** Sets the message of a log step. */
export const UpdateLog = operation('updateLog', { id: StepId, message: z.string() });

const updateLog = {
  schema: UpdateLog,
  plan(doc: StepsDoc, op: z.output<typeof UpdateLog>) {
    const index = indexOfKind(doc, op.id, 'log', 'only log steps have a message to log');
    refuseTooLong('message', op.message, (doc.steps[index] as LogStep).message.length);
    return (draft: { steps: unknown[] }) => {
      (draft.steps[index] as Draft<LogStep>).message = op.message;
    };
  },
};

/** The message field as its checks and the inspector describe it. */
export const LOG_MESSAGE = { key: 'message', label: { en: 'Message to log', pl: 'Komunikat do zapisania' }, required: true } as const;

export const logKind = {
  kind: 'log',
  schema: LogStep,
  ports: ['next'],
  portLabels: {},
  acceptsLinks: true,
  label: 'Log output',
  args: NO_ARGS,
  placeholder: {},
  create: (_args, position, id = newId('log')) => ({ id, kind: 'log', message: '', position, note: '' }),
  offered: () => true,
  appsUsed: () => [],
  describe: () => ({ appName: 'Logic', title: 'Log output' }),
  diff: diffOf<LogStep>('message'),
  validate: (step, ctx, facts) => textFieldProblems(step.id, LOG_MESSAGE, step.message, ctx, facts),
  liquidTexts: (step) => liquidTextsOf([step.message]),
  checkAdded: (step) => refuseTooLong('message', step.message),
  importProblems: (raw) => tooLongOnImport(['message'], raw.message),
  operations: [updateLog],
} as const satisfies StepKindDefinition<typeof LogStep, object>;

/** A new log step with an empty message (shorthand for `logKind.create`). */
export function logStep(position: Position, message = '', id?: string): LogStep {
  return { ...logKind.create({}, position, id), message };
}
