/**
 * A trigger step's settings: its app and event, what it does, when it runs
 * if it runs on a schedule, and the data it provides to the rest of the
 * workflow (the paths conditions and Liquid use).
 */
import { memo, useMemo } from 'react';
import { catalog } from '../../domain/catalog/catalog';
import { type DataField, availableData, triggerDefOf } from '../../domain/workflow/dataFields';
import type { TriggerStep } from '../../domain/workflow/document';
import { scheduleText, typeLabel } from './inspectorModel';
import { groupByRoot } from './insertVariable';

export const TriggerSettings = memo(function TriggerSettings({ step }: { step: TriggerStep }) {
  const app = catalog.byId.get(step.app);
  const def = triggerDefOf(catalog, step);
  const { app: appId, trigger } = step;
  const groups = useMemo(() => groupByRoot(availableData(catalog, { app: appId, trigger })), [appId, trigger]);
  if (!def) {
    return <p className="muted">This trigger is not in the catalog, so its data is unknown.</p>;
  }
  const schedule = scheduleText(def.schedule);
  return (
    <>
      <dl className="inspector__facts">
        <dt>App</dt>
        <dd>{app?.name.en ?? step.app}</dd>
        <dt>Event</dt>
        <dd>{def.name.en}</dd>
        {schedule && (
          <>
            <dt>Schedule</dt>
            <dd>{schedule}</dd>
          </>
        )}
      </dl>
      <p className="muted">{def.description.en}</p>
      <section className="inspector__section" aria-label="Data this trigger provides">
        <h3>Data it provides</h3>
        {groups.length === 0 && <p className="muted">This trigger sends no data.</p>}
        {groups.map((group) =>
          group.root === 'trigger' ? (
            <DataTable key={group.root} caption="Trigger" fields={group.fields} />
          ) : (
            // Objects the payload references: many attributes, so folded away.
            <details key={group.root}>
              <summary>
                {group.label} ({group.fields.length} fields)
              </summary>
              <DataTable caption={group.label} fields={group.fields} />
            </details>
          ),
        )}
      </section>
    </>
  );
});

function DataTable({ caption, fields }: { caption: string; fields: readonly DataField[] }) {
  return (
    <table className="inspector__data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Path</th>
          <th scope="col">Type</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.path}>
            <td>{field.label.en}</td>
            <td>
              <code>{field.path}</code>
            </td>
            <td>{typeLabel(field.type)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
