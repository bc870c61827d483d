/**
 * An action step's settings: what the action does, the rules the seed puts
 * on it (early access, only with one trigger, the data it needs), a form
 * control per manifest input, and the outputs it produces.
 */
import { memo, useMemo } from 'react';
import { currentCatalog } from '../../state/catalog';
import type { ActionDef, AppManifest } from '../../domain/catalog/manifest';
import { ownValue } from '../../domain/ownKeys';
import type { ActionStep } from '../../domain/workflow/document';
import type { Problem } from '../../domain/workflow/problems';
import { useStepProblems } from '../../state/editor/context';
import { ActionField } from './ActionField';
import { useStepFields } from './useStepFields';
import { useLocalized, useT } from '../i18n';

const NONE: readonly Problem[] = [];

export const ActionSettings = memo(function ActionSettings({ step }: { step: ActionStep }) {
  const app = currentCatalog().byId.get(step.app);
  const def = app?.actions.find((a) => a.id === step.action);
  const problems = useStepProblems(step.id);
  const data = useStepFields(step.id);
  const t = useT();
  const localized = useLocalized();
  const byField = useMemo(() => {
    const map = new Map<string, Problem[]>();
    for (const p of problems) if (p.field !== undefined) map.set(p.field, [...(map.get(p.field) ?? []), p]);
    return map;
  }, [problems]);

  if (!app || !def) return <p className="muted">{t('inspector.action.unknown')}</p>;
  return (
    <>
      <p className="muted">{localized(def.description)}</p>
      <ActionNotes app={app} def={def} />
      <section className="inspector__section" aria-label={t('inspector.action.fields')}>
        {def.inputs.length === 0 ? (
          <p className="muted">{t('inspector.action.noFields')}</p>
        ) : (
          <>
            {def.inputs.some((i) => i.required) && <p className="inspector__help">{t('inspector.action.required')}</p>}
            {def.inputs.map((input) => (
              <ActionField
                key={input.key}
                stepId={step.id}
                input={input}
                value={ownValue(step.fields, input.key) ?? ''}
                problems={byField.get(input.key) ?? NONE}
                data={data}
              />
            ))}
          </>
        )}
      </section>
      {def.outputs.length > 0 && (
        <section className="inspector__section" aria-label={t('inspector.action.outputs')}>
          <h3>{t('inspector.action.outputs')}</h3>
          <ul className="inspector__outputs">
            {def.outputs.map((o) => (
              <li key={o.key}>
                {localized(o.label)} <span className="muted">({t(`inspector.type.${o.type}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
});

function ActionNotes({ app, def }: { app: AppManifest; def: ActionDef }) {
  const t = useT();
  const localized = useLocalized();
  const only = def.onlyWithTrigger;
  const onlyApp = only && currentCatalog().byId.get(only.app);
  const onlyTrigger = only && onlyApp?.triggers.find((t) => t.id === only.trigger);
  const notes: string[] = [];
  if (def.earlyAccess) notes.push(t('inspector.action.earlyAccess', { app: localized(app.name) }));
  if (only) {
    notes.push(
      t('inspector.action.onlyWith', {
        trigger: onlyTrigger ? localized(onlyTrigger.name) : only.trigger,
        app: onlyApp ? localized(onlyApp.name) : only.app,
      }),
    );
  }
  for (const need of def.needs) notes.push(t(`inspector.action.needs.${need}`));
  if (notes.length === 0) return null;
  return (
    <ul className="inspector__notes" aria-label={t('inspector.action.about')}>
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
