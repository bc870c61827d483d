/** The stores of the organization: add, rename, remove (with confirmation). */
import { useState, type FormEvent } from 'react';
import type { Organization, Store } from '../../domain/org/organization';
import { orgCommands } from '../../state/org';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';

export function StoresSection({ org }: { org: Organization }) {
  const [newName, setNewName] = useState('');
  const [removing, setRemoving] = useState<Store>();
  const { error, run } = useAsyncAction();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => orgCommands.addStore(newName))) setNewName('');
  };

  return (
    <section aria-labelledby="stores-title" className="card">
      <h2 id="stores-title">Stores</h2>
      {org.stores.length === 0 && <p className="muted">No stores yet. Add one to install apps and run workflows.</p>}
      <ul className="store-list">
        {org.stores.map((store) => (
          <StoreRow key={store.id} store={store} org={org} onRemove={() => setRemoving(store)} />
        ))}
      </ul>
      <form className="row" onSubmit={add}>
        <label>
          New store name{' '}
          <input value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={80} placeholder="e.g. Store 5" />
        </label>
        <button type="submit" className="primary">
          Add store
        </button>
      </form>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove store"
          danger
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(undefined);
            void run(() => orgCommands.removeStore(id));
          }}
        >
          <p>
            The apps installed in {removing.name} and their settings are removed with it. Workflows are kept: they stay
            in the organization and keep running in the other stores.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function StoreRow({ store, org, onRemove }: { store: Store; org: Organization; onRemove: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(store.name);
  const { error, run } = useAsyncAction();
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
            Name of {store.name}{' '}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoFocus />
          </label>
          <button type="submit" className="primary">
            Save name
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <strong>{store.name}</strong>
          <span className="muted">
            {store.flowInstalled ? 'Flow installed' : 'Flow not installed'} · {apps} {apps === 1 ? 'app' : 'apps'}
          </span>
          <span className="row store-row__actions">
            <button type="button" aria-label={`Rename ${store.name}`} onClick={() => (setName(store.name), setEditing(true))}>
              Rename
            </button>
            <button type="button" className="danger" aria-label={`Remove ${store.name}`} onClick={onRemove}>
              Remove
            </button>
          </span>
        </>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </li>
  );
}
