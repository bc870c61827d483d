/**
 * The settings of a foreign step, read-only: Flowbench doesn't know the
 * Flow task, so it can show what the step holds (task id, type, version,
 * its fields as they came) but not edit or run it. The export writes the
 * step back as it came.
 */
import { memo } from 'react';
import type { ForeignStep } from '../../domain/workflow/kinds/foreign';
import { useT } from '../i18n';

export const ForeignSettings = memo(function ForeignSettings({ step }: { step: ForeignStep }) {
  const t = useT();
  return (
    <section className="inspector__section" aria-label={t('inspector.foreign.label')}>
      <p className="muted">{t('inspector.foreign.about', { taskId: step.taskId })}</p>
      <dl className="foreign-step" data-testid="foreign-step-details">
        <dt>{t('inspector.foreign.task')}</dt>
        <dd>
          <code>{step.taskId}</code>
        </dd>
        <dt>{t('inspector.foreign.type')}</dt>
        <dd>{step.taskType}</dd>
        <dt>{t('inspector.foreign.version')}</dt>
        <dd>{step.taskVersion}</dd>
      </dl>
      <table className="foreign-step__fields" aria-label={t('inspector.foreign.fields')}>
        <thead>
          <tr>
            <th scope="col">{t('inspector.foreign.field')}</th>
            <th scope="col">{t('inspector.foreign.value')}</th>
          </tr>
        </thead>
        <tbody>
          {step.fields.length === 0 ? (
            <tr>
              <td colSpan={2}>{t('inspector.foreign.noFields')}</td>
            </tr>
          ) : (
            step.fields.map((field, i) => (
              <tr key={i}>
                <th scope="row">
                  <code>{field.id}</code>
                </th>
                <td>
                  <code className="foreign-step__value">{field.value ?? 'null'}</code>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
});
