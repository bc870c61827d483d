/**
 * The settings of a log step: the message to write into the run's log, a
 * text that may hold Liquid (with the variable picker), checked like an
 * action's field.
 */
import { memo, useCallback } from 'react';
import { LOG_MESSAGE, type LogStep } from '../../domain/workflow/kinds/log';
import type { Problem } from '../../domain/workflow/problems';
import { useEditorSession, useStepProblems } from '../../state/editor/context';
import { useT } from '../i18n';
import { ActionField } from './ActionField';
import { useStepFields } from './useStepFields';

const MESSAGE = { ...LOG_MESSAGE, type: 'multi_line_text_field' as const };
const NONE: readonly Problem[] = [];

export const LogSettings = memo(function LogSettings({ step }: { step: LogStep }) {
  const session = useEditorSession();
  const problems = useStepProblems(step.id);
  const data = useStepFields(step.id);
  const t = useT();
  const set = useCallback(
    (message: string, typing: boolean) =>
      session.apply({ type: 'updateLog', id: step.id, message }, typing ? { coalesceKey: `${step.id}.message` } : undefined),
    [session, step.id],
  );
  const mine = problems.filter((p) => p.field === 'message');
  return (
    <section className="inspector__section" aria-label={t('inspector.log.label')}>
      <p className="muted">{t('inspector.log.about')}</p>
      <ActionField stepId={step.id} input={MESSAGE} value={step.message} problems={mine.length > 0 ? mine : NONE} data={data} set={set} />
    </section>
  );
});
