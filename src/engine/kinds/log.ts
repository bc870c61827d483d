/**
 * Running a log step: its message is rendered with the run's data (the same
 * Liquid as action fields, with strict variables and the same limits) and
 * written into the step's record as a log line. A message that does not
 * render fails the step, as an action's field does.
 */
import { MAX_FIELD_CHARS } from '../../domain/workflow/document';
import { type EngineKind, via } from './types';

export const logRunner: EngineKind<'log'> = {
  kind: 'log',
  run(step, run) {
    const record = run.begin(step, { message: step.message });
    if (step.message.length > MAX_FIELD_CHARS) {
      return run.fail(record, `The message is ${step.message.length.toLocaleString('en')} characters long; a field can hold at most ${MAX_FIELD_CHARS.toLocaleString('en')}`);
    }
    const rendered = run.deps.renderer.renderNow(step.message, run.data, 'Message to log');
    if (!rendered.ok) return run.fail(record, rendered.error);
    record.rendered = { message: rendered.text };
    record.logs = [rendered.text];
    run.succeed(record);
    return via('next');
  },
};
