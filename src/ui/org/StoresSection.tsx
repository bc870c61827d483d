/** The stores of the organization: add, rename, remove (with confirmation), and each store's time zone. */
import { useState, type FormEvent } from 'react';
import type { Organization, Store } from '../../domain/org/organization';
import { orgCommands } from '../../state/org';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { ErrorAlert } from '../common/ErrorAlert';
import { StoreZoneSelect } from './StoreZoneSelect';

export function StoresSection({ org }: { org: Organization }) {
  const [newName, setNewName] = useState('');
  const [removing, setRemoving] = useState<Store>();
  const { error, run } = useAsyncAction();
  const t = useT();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => orgCommands.addStore(newName))) setNewName('');
  };

  return (
    <section aria-labelledby="stores-title" className="card">
      <h2 id="stores-title">{t('org.stores.title')}</h2>
      {org.stores.length === 0 && <p className="muted">{t('org.stores.empty')}</p>}
      <ul className="store-list">
        {org.stores.map((store) => (
          <StoreRow key={store.id} store={store} org={org} onRemove={() => setRemoving(store)} />
        ))}
      </ul>
      <form className="row" onSubmit={add}>
        <label>
          {t('org.stores.newName')}{' '}
          <input
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            maxLength={80}
            placeholder={t('org.stores.newPlaceholder')}
          />
        </label>
        <button type="submit" className="primary">
          {t('org.stores.add')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {removing && (
        <ConfirmDialog
          title={t('org.stores.removeTitle', { store: removing.name })}
          confirmLabel={t('org.stores.removeConfirm')}
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(undefined);
            void run(() => orgCommands.removeStore(id));
          }}
        >
          <p>{t('org.stores.removeBody', { store: removing.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function StoreRow({ store, org, onRemove }: { store: Store; org: Organization; onRemove: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(store.name);
  const { error, run } = useAsyncAction();
  const t = useT();
  const apps = org.installations.filter((i) => i.storeId === store.id).length;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => orgCommands.renameStore(store.id, name))) setEditing(false);
  };

  return (
    <li className="store-row">
      {editing ? (
        <form className="row" onSubmit={save}>
          <label>
            {t('org.stores.nameOf', { store: store.name })}{' '}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoFocus />
          </label>
          <button type="submit" className="primary">
            {t('app.saveName')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('app.cancel')}
          </button>
        </form>
      ) : (
        <>
          <strong>{store.name}</strong>
          <span className="muted">
            {store.flowInstalled ? t('org.stores.flowInstalled') : t('org.stores.flowNotInstalled')} ·{' '}
            {t('org.stores.apps', { count: apps })}
          </span>
          <StoreZoneSelect store={store} />
          <span className="row store-row__actions">
            <button type="button" aria-label={t('org.stores.rename', { store: store.name })} onClick={() => (setName(store.name), setEditing(true))}>
              {t('app.rename')}
            </button>
            <button type="button" className="danger" aria-label={t('org.stores.remove', { store: store.name })} onClick={onRemove}>
              {t('org.stores.removeButton')}
            </button>
          </span>
        </>
      )}
      <ErrorAlert error={error} />
    </li>
  );
}
