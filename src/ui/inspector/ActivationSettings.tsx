/**
 * Where and whether the workflow is turned on: its store scope (all stores
 * or chosen ones) and its on/off switch. Turning on is refused while
 * validation reports errors (warnings don't block), with the number of
 * errors to fix; turning off is always allowed.
 */
import { useId } from 'react';
import type { Activation } from '../../domain/workflow/activation';
import type { Organization } from '../../domain/org/organization';
import { useDocument, useEditorSession, useProblems } from '../../state/editor/context';
import { type RefusedAt, countErrors } from './inspectorModel';
import { useT } from '../i18n';

interface RefusalProps {
  refusedAt: RefusedAt;
  onRefused: (where: RefusedAt) => void;
}

export function ActivationSettings({ org, ...refusal }: { org: Organization | undefined } & RefusalProps) {
  const activation = useDocument((s) => s.doc?.activation);
  if (!activation) return null;
  return (
    <>
      <StoreScope activation={activation} org={org} />
      <OnOffSwitch activation={activation} {...refusal} />
    </>
  );
}

/** Sets the open workflow's activation (one undo entry), through the session. */
function useSetActivation(): (activation: Activation) => boolean {
  const session = useEditorSession();
  return (activation) => session.apply({ type: 'setActivation', activation });
}

function StoreScope({ activation, org }: { activation: Activation; org: Organization | undefined }) {
  const setActivation = useSetActivation();
  const name = useId();
  const { scope } = activation;
  const chosen = scope.kind === 'stores' ? scope.storeIds : [];
  const stores = org?.stores ?? [];
  const t = useT();

  const toggle = (storeId: string, on: boolean) => {
    // Keep the organization's store order; ids of removed stores are kept as they were.
    const ids = on ? [...chosen, storeId] : chosen.filter((id) => id !== storeId);
    const order = new Map(stores.map((s, i) => [s.id, i]));
    ids.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    setActivation({ ...activation, scope: { kind: 'stores', storeIds: ids } });
  };

  return (
    <fieldset className="inspector__section inspector__fieldset">
      <legend>{t('inspector.scope.title')}</legend>
      <label className="inspector__choice">
        <input
          type="radio"
          name={name}
          checked={scope.kind === 'all'}
          onChange={() => setActivation({ ...activation, scope: { kind: 'all' } })}
        />
        {t('inspector.scope.all')}
      </label>
      <label className="inspector__choice">
        <input
          type="radio"
          name={name}
          checked={scope.kind === 'stores'}
          // Chosen stores starts with none chosen: the person picks where it applies.
          onChange={() => setActivation({ ...activation, scope: { kind: 'stores', storeIds: [] } })}
        />
        {t('inspector.scope.chosen')}
      </label>
      {scope.kind === 'stores' && (
        <div className="inspector__nested">
          {stores.length === 0 && <p className="muted">{t('inspector.scope.noStores')}</p>}
          {stores.map((store) => (
            <label key={store.id} className="inspector__choice">
              <input
                type="checkbox"
                checked={chosen.includes(store.id)}
                onChange={(e) => toggle(store.id, e.target.checked)}
              />
              {t('inspector.scope.applyTo', { store: store.name })}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

function OnOffSwitch({ activation, refusedAt, onRefused }: { activation: Activation } & RefusalProps) {
  const setActivation = useSetActivation();
  const errors = useProblems((s) => countErrors(s.all));
  const id = useId();
  const alertId = useId();
  const t = useT();
  const showRefusal = refusedAt === 'switch' && errors > 0 && !activation.on;

  const change = (on: boolean) => {
    if (on && errors > 0) {
      onRefused('switch');
      return;
    }
    onRefused(undefined);
    setActivation({ ...activation, on });
  };

  return (
    <div className="inspector__section">
      <div className="inspector__switch">
        <input
          id={id}
          type="checkbox"
          checked={activation.on}
          onChange={(e) => change(e.target.checked)}
          aria-describedby={showRefusal ? alertId : undefined}
        />
        <label htmlFor={id}>{t('inspector.switch.on')}</label>
      </div>
      {showRefusal && (
        <p id={alertId} role="alert" className="inspector__error">
          {t('inspector.turnOnRefusal', { count: errors })}
        </p>
      )}
    </div>
  );
}
