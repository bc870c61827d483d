/**
 * "Where it runs": for each store of the organization, whether the workflow
 * runs there and, if not, every reason the run gate gives (Flow missing,
 * the workflow off, an app not installed). Where the workflow itself is off
 * for a store, a button turns it on there, refused like the main switch
 * while validation reports errors.
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { currentCatalog } from '../../state/catalog';
import type { Organization, Store } from '../../domain/org/organization';
import { whyWontRun } from '../../domain/org/rules';
import { type Activation, isOnInStore, turnOnInStore } from '../../domain/workflow/activation';
import { useDocument, useEditorSession, useProblems } from '../../state/editor/context';
import { type RefusedAt, appIdsOf, countErrors } from './inspectorModel';
import { useT } from '../i18n';
import { useReasonText } from '../i18n/domainText';

interface ReadinessProps {
  org: Organization | undefined;
  refusedAt: RefusedAt;
  onRefused: (where: RefusedAt) => void;
}

export function Readiness({ org, refusedAt, onRefused }: ReadinessProps) {
  const session = useEditorSession();
  const name = useDocument((s) => s.doc?.name ?? '');
  const activation = useDocument((s) => s.doc?.activation);
  // A fresh array per call, compared element by element: moving steps doesn't re-render this.
  const apps = useDocument(useShallow((s) => appIdsOf(s.doc?.steps ?? [])));
  const errors = useProblems((s) => countErrors(s.all));
  const headingId = useId();
  const t = useT();

  if (!activation) return null;

  const turnOn = (store: Store) => {
    if (errors > 0) {
      onRefused('store');
      return;
    }
    onRefused(undefined);
    session.apply({ type: 'setActivation', activation: turnOnInStore(activation, store.id) });
  };

  return (
    <section className="inspector__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('inspector.readiness.title')}</h3>
      {!org ? (
        <p className="muted">{t('inspector.readiness.loading')}</p>
      ) : org.stores.length === 0 ? (
        <p className="muted">{t('inspector.readiness.noStores')}</p>
      ) : (
        <ul className="inspector__readiness" aria-labelledby={headingId}>
          {org.stores.map((store) => (
            <StoreReadiness
              key={store.id}
              store={store}
              org={org}
              workflow={{ name, activation, appIds: apps }}
              onTurnOn={turnOn}
            />
          ))}
        </ul>
      )}
      {refusedAt === 'store' && errors > 0 && (
        <p role="alert" className="inspector__error">
          {t('inspector.turnOnRefusal', { count: errors })}
        </p>
      )}
    </section>
  );
}

interface StoreReadinessProps {
  store: Store;
  org: Organization;
  workflow: { name: string; activation: Activation; appIds: readonly string[] };
  onTurnOn: (store: Store) => void;
}

function StoreReadiness({ store, org, workflow, onTurnOn }: StoreReadinessProps) {
  const verdict = whyWontRun(org, currentCatalog(), workflow, store.id);
  const t = useT();
  const reasonText = useReasonText();
  if (verdict.ok) {
    return (
      <li className="is-ok">
        <strong>{t('inspector.readiness.runs', { store: store.name })}</strong>
      </li>
    );
  }
  return (
    <li className="is-blocked">
      <strong>{t('inspector.readiness.wontRun', { store: store.name })}</strong>
      <ul>
        {verdict.reasons.map((reason, i) => (
          <li key={reason}>{reasonText(reason, verdict.details[i])}</li>
        ))}
      </ul>
      {!isOnInStore(workflow.activation, store.id) && (
        <button type="button" onClick={() => onTurnOn(store)}>
          {t('inspector.readiness.turnOn', { store: store.name })}
        </button>
      )}
    </li>
  );
}
