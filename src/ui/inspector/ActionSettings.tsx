/**
 * An action step's settings: what the action does, the rules the seed puts
 * on it (early access, only with one trigger, the data it needs), a form
 * control per manifest input, and the outputs it produces.
 */
import { memo, useMemo } from 'react';
import { catalog } from '../../domain/catalog/catalog';
import type { ActionDef, AppManifest } from '../../domain/catalog/manifest';
import type { ActionStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import { useStepProblems } from '../../state/editor/problems';
import { ActionField } from './ActionField';
import { typeLabel } from './inspectorModel';
import { useWorkflowData } from './useWorkflowData';

const NONE: readonly Problem[] = [];

export const ActionSettings = memo(function ActionSettings({ step }: { step: ActionStep }) {
  const app = catalog.byId.get(step.app);
  const def = app?.actions.find((a) => a.id === step.action);
  const problems = useStepProblems(step.id);
  const data = useWorkflowData();
  const byField = useMemo(() => {
    const map = new Map<string, Problem[]>();
    for (const p of problems) if (p.field !== undefined) map.set(p.field, [...(map.get(p.field) ?? []), p]);
    return map;
  }, [problems]);

  if (!app || !def) return <p className="muted">This action is not in the catalog, so its fields are unknown.</p>;
  return (
    <>
      <p className="muted">{def.description.en}</p>
      <ActionNotes app={app} def={def} />
      <section className="inspector__section" aria-label="Action fields">
        {def.inputs.length === 0 ? (
          <p className="muted">This action has no fields to fill in.</p>
        ) : (
          <>
            {def.inputs.some((i) => i.required) && <p className="inspector__help">Fields marked * are required.</p>}
            {def.inputs.map((input) => (
              <ActionField
                key={input.key}
                stepId={step.id}
                input={input}
                value={step.fields[input.key] ?? ''}
                problems={byField.get(input.key) ?? NONE}
                data={data}
              />
            ))}
          </>
        )}
      </section>
      {def.outputs.length > 0 && (
        <section className="inspector__section" aria-label="Outputs">
          <h3>Outputs</h3>
          <ul className="inspector__outputs">
            {def.outputs.map((o) => (
              <li key={o.key}>
                {o.label.en} <span className="muted">({typeLabel(o.type)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
});

const ARTICLE: Record<string, string> = { order: 'an', customer: 'a', product: 'a' };

function ActionNotes({ app, def }: { app: AppManifest; def: ActionDef }) {
  const only = def.onlyWithTrigger;
  const onlyApp = only && catalog.byId.get(only.app);
  const onlyTrigger = only && onlyApp?.triggers.find((t) => t.id === only.trigger);
  const notes: string[] = [];
  if (def.earlyAccess) notes.push(`Early access: ${app.name.en} may still change or withdraw this action.`);
  if (only) {
    notes.push(
      `Only with the trigger “${onlyTrigger?.name.en ?? only.trigger}” (${onlyApp?.name.en ?? only.app}): ` +
        'a workflow started by another trigger cannot use this action.',
    );
  }
  for (const need of def.needs) {
    notes.push(`Needs ${ARTICLE[need] ?? 'a'} ${need}: the workflow's trigger must provide one.`);
  }
  if (notes.length === 0) return null;
  return (
    <ul className="inspector__notes" aria-label="About this action">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
