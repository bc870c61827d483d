/**
 * Autosave when the browser runs out of room: the edit stays in memory, the
 * save is tried again (on focus, on the next edit, with backoff), and the
 * indicator says Saved once the edit is really stored. IndexedDB is
 * fake-indexeddb, made to fail as a full disk does; timers are fake.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkflow } from '../../domain/workflow/factory';
import { getDb } from '../../storage/db';
import { addWorkflow, readWorkflow } from '../../storage/workflowRepo';
import { useDocumentStore } from './documentStore';
import { RETRY_FIRST_MS } from './saveRetry';
import { AUTOSAVE_DELAY_MS, closeWorkflow, installAutosave, openWorkflow, useSaveStatus, whenWritten } from './session';

const db = getDb();
const realPut = IDBObjectStore.prototype.put;
let diskFull = false;
/** Writes of workflow records attempted (failed ones included). */
let attempts = 0;

beforeAll(() => {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'workflows') {
      attempts++;
      if (diskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
    }
    return realPut.apply(this, args);
  };
  // The page the session listens to: focus and visibility.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  installAutosave();
});

afterAll(() => {
  IDBObjectStore.prototype.put = realPut;
  vi.unstubAllGlobals();
});

beforeEach(async () => {
  vi.useRealTimers();
  await closeWorkflow();
  await db.workflows.clear();
  await addWorkflow(db, () => createWorkflow('Draft', 'wf-save'));
  expect(await openWorkflow('wf-save')).toBe(true);
  // Only setTimeout: fake-indexeddb and Dexie keep their own scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  diskFull = false;
  attempts = 0;
});

const status = () => useSaveStatus.getState().status;
const storedName = async () => (await readWorkflow(db, 'wf-save'))?.name;

/** Renames the open workflow and lets autosave's delay pass and its write finish. */
async function edit(name: string) {
  expect(useDocumentStore.getState().dispatch({ type: 'rename', name }).ok).toBe(true);
  await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
  await whenWritten();
}

/** Lets `ms` pass and any write it started finish. */
async function wait(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await whenWritten();
}

describe('a save that failed for lack of room', () => {
  it('keeps the edit, says so, and tries again after 1 s, 2 s, 4 s… while the disk stays full', async () => {
    diskFull = true;
    await edit('Edited');
    expect(useSaveStatus.getState()).toMatchObject({ status: 'failed', errorKind: 'quota' });
    expect(useDocumentStore.getState().doc?.name).toBe('Edited');
    expect(attempts).toBe(1);

    await wait(RETRY_FIRST_MS - 1);
    expect(attempts).toBe(1);
    await wait(1);
    expect(attempts).toBe(2);
    await wait(2 * RETRY_FIRST_MS - 1);
    expect(attempts).toBe(2);
    await wait(1);
    expect(attempts).toBe(3);
    await wait(4 * RETRY_FIRST_MS);
    expect(attempts).toBe(4);
    expect(status()).toBe('failed');
    expect(await storedName()).toBe('Draft');
  });

  it('is written, and says Saved, when the tab gets focus back once there is room', async () => {
    diskFull = true;
    await edit('Edited');
    diskFull = false;
    window.dispatchEvent(new Event('focus'));
    await whenWritten();
    expect(status()).toBe('saved');
    expect(await storedName()).toBe('Edited');
    // Nothing more to retry.
    const after = attempts;
    await wait(120_000);
    expect(attempts).toBe(after);
  });

  it('is written by the backoff alone, showing Save failed until then and never Saving in between', async () => {
    diskFull = true;
    await edit('Edited');
    const shown: string[] = [];
    const unsubscribe = useSaveStatus.subscribe((s) => shown.push(s.status));
    await wait(RETRY_FIRST_MS);
    diskFull = false;
    await wait(2 * RETRY_FIRST_MS);
    unsubscribe();
    expect(shown.filter((s) => s !== 'failed')).toEqual(['saved']);
    expect(await storedName()).toBe('Edited');
  });

  it('is written with the next edit, and a later failure starts the backoff from 1 s again', async () => {
    diskFull = true;
    await edit('Edited');
    await wait(7 * RETRY_FIRST_MS); // three retries: 1 s, 2 s, 4 s
    diskFull = false;
    await edit('Edited again');
    expect(status()).toBe('saved');
    expect(await storedName()).toBe('Edited again');

    diskFull = true;
    await edit('Third');
    diskFull = false;
    await wait(RETRY_FIRST_MS);
    expect(status()).toBe('saved');
    expect(await storedName()).toBe('Third');
  });
});
