/**
 * A trigger step's settings: its app and event, what it does, when it runs
 * if it runs on a schedule, and the data it provides to the rest of the
 * workflow (the paths conditions and Liquid use).
 */
import { memo, useMemo } from 'react';
import { currentCatalog } from '../../state/catalog';
import { type DataField, availableData, triggerDefOf } from '../../domain/workflow/dataFields';
import type { TriggerStep } from '../../domain/workflow/document';
import { scheduleText } from './inspectorModel';
import { ScheduleSettings } from './ScheduleSettings';
import { groupByRoot } from './insertVariable';
import { useLanguage, useLocalized, useT } from '../i18n';

export const TriggerSettings = memo(function TriggerSettings({ step }: { step: TriggerStep }) {
  const app = currentCatalog().byId.get(step.app);
  const def = triggerDefOf(currentCatalog(), step);
  const { app: appId, trigger } = step;
  const groups = useMemo(() => groupByRoot(availableData(currentCatalog(), { app: appId, trigger })), [appId, trigger]);
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage();
  if (!def) {
    return <p className="muted">{t('inspector.trigger.unknown')}</p>;
  }
  const schedule = scheduleText(t, language, def.schedule, step.schedule);
  return (
    <>
      <dl className="inspector__facts">
        <dt>{t('inspector.trigger.app')}</dt>
        <dd>{app ? localized(app.name) : step.app}</dd>
        <dt>{t('inspector.trigger.event')}</dt>
        <dd>{localized(def.name)}</dd>
        {schedule && (
          <>
            <dt>{t('inspector.trigger.schedule')}</dt>
            <dd>{schedule}</dd>
          </>
        )}
      </dl>
      <p className="muted">{localized(def.description)}</p>
      {def.schedule?.kind === 'configurable' && <ScheduleSettings stepId={step.id} schedule={step.schedule} />}
      <section className="inspector__section" aria-label={t('inspector.trigger.dataLabel')}>
        <h3>{t('inspector.trigger.data')}</h3>
        {groups.length === 0 && <p className="muted">{t('inspector.trigger.noData')}</p>}
        {groups.map((group) =>
          group.root === 'trigger' ? (
            <DataTable key={group.root} caption={t('inspector.root.trigger')} fields={group.fields} />
          ) : (
            // Objects the payload references: many attributes, so folded away.
            <details key={group.root}>
              <summary>
                {t(`inspector.root.${group.root}`)} ({t('inspector.fieldCount', { count: group.fields.length })})
              </summary>
              <DataTable caption={t(`inspector.root.${group.root}`)} fields={group.fields} />
            </details>
          ),
        )}
      </section>
    </>
  );
});

function DataTable({ caption, fields }: { caption: string; fields: readonly DataField[] }) {
  const t = useT();
  const localized = useLocalized();
  return (
    <table className="inspector__data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inspector.data.field')}</th>
          <th scope="col">{t('inspector.data.path')}</th>
          <th scope="col">{t('inspector.data.type')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.path}>
            <td>{localized(field.label)}</td>
            <td>
              <code>{field.path}</code>
            </td>
            <td>{t(`inspector.type.${field.type}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

