/**
 * The Sandbox page's Store data section for one store: its orders,
 * customers, products and draft orders in tabs, each searchable and
 * editable (ResourcePanel), and "Reset store data" with a confirmation.
 * What is shown here is what runs read and what actions change.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { STORE_RESOURCES, type StoreResource } from '../../../domain/shopify/storeResources';
import { useSimNow } from '../../../state/runtime';
import { resetStoreData, useStoreData } from '../../../state/storeData';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { ErrorAlert } from '../../common/ErrorAlert';
import { useAsyncAction } from '../../common/useAsyncAction';
import { useT } from '../../i18n';
import { ResourcePanel } from './ResourcePanel';
import './storeData.css';

export function StoreDataSection({ storeId, storeName }: { storeId: string; storeName: string }) {
  const t = useT();
  const view = useStoreData(storeId);
  const now = useSimNow();
  const [resource, setResource] = useState<StoreResource>('orders');
  const [confirming, setConfirming] = useState(false);
  const { error, run } = useAsyncAction();
  const baseId = useId();
  const tabs = useRef<Partial<Record<StoreResource, HTMLButtonElement | null>>>({});
  const tabId = (r: StoreResource) => `${baseId}-tab-${r}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const edge = e.key === 'Home' ? 0 : e.key === 'End' ? STORE_RESOURCES.length - 1 : undefined;
    if (!step && edge === undefined) return;
    e.preventDefault();
    const next = STORE_RESOURCES[edge ?? (STORE_RESOURCES.indexOf(resource) + step + STORE_RESOURCES.length) % STORE_RESOURCES.length]!;
    setResource(next);
    tabs.current[next]?.focus();
  };

  const empty = view && STORE_RESOURCES.every((r) => view[r].length === 0);
  return (
    <section aria-labelledby={`${baseId}-title`} className="card store-data">
      <div className="row store-data__header">
        <h2 id={`${baseId}-title`}>{t('storeData.title')}</h2>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('storeData.reset')}
        </button>
      </div>
      <p className="muted">{t('storeData.hint', { store: storeName })}</p>
      <ErrorAlert error={error} />
      {!view || !now ? (
        <p aria-busy="true">{t('storeData.loading')}</p>
      ) : empty ? (
        <div className="empty-state">
          <p>{t('storeData.empty', { store: storeName })}</p>
          <p className="muted">{t('storeData.emptyHint')}</p>
        </div>
      ) : (
        <>
          <div role="tablist" aria-label={t('storeData.resources')} className="store-data__tabs" onKeyDown={onKeyDown}>
            {STORE_RESOURCES.map((r) => (
              <button
                key={r}
                ref={(el) => {
                  tabs.current[r] = el;
                }}
                type="button"
                role="tab"
                id={tabId(r)}
                aria-selected={r === resource}
                aria-controls={panelId}
                tabIndex={r === resource ? 0 : -1}
                onClick={() => setResource(r)}
              >
                {t(`storeData.tab.${r}`)} <span className="muted small">({view[r].length})</span>
              </button>
            ))}
          </div>
          <div role="tabpanel" id={panelId} aria-labelledby={tabId(resource)}>
            <ResourcePanel key={`${storeId}/${resource}`} storeId={storeId} resource={resource} view={view} now={now} />
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('storeData.resetTitle', { store: storeName })}
          confirmLabel={t('storeData.reset')}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run(() => resetStoreData(storeId));
          }}
        >
          <p>{t('storeData.resetBody', { store: storeName })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
