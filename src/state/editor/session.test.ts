/**
 * The editor session as an object with a lifetime: each test builds fresh
 * sessions over a fresh database (fake-indexeddb) and disposes them, with no
 * global to reset. Autosave, the refusal reporting, the cross-tab conflict,
 * the backup of unsaved edits and disposal are checked through the
 * session's own stores.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalog } from '../../domain/catalog/builtIn';
import type { Organization } from '../../domain/org/organization';
import { createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { FlowbenchDb } from '../../storage/db';
import { ensureOrganization, loadOrganization } from '../../storage/orgRepo';
import { putWorkflow, readWorkflowWithRevision } from '../../storage/workflowRepo';
import { AUTOSAVE_DELAY_MS, type BackupStorage } from './autosave';
import { RETRY_FIRST_MS } from './saveRetry';
import { type EditorSession, type EditorSessionDeps, type Source, createEditorSession } from './session';

const NOW = '2026-03-02T10:00:00.000Z';
let db: FlowbenchDb;
let n = 0;
let org: Organization;
const open: EditorSession[] = [];

const fixed = <T,>(value: T): Source<T> => ({ current: () => value, subscribe: () => () => {} });

/** A localStorage stand-in. */
function memoryBackup(): BackupStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

function session(id = 'wf-1', over: Partial<EditorSessionDeps> = {}): EditorSession {
  const s = createEditorSession(id, {
    db,
    catalog: fixed(builtInCatalog),
    organization: fixed(org),
    autosaveDelayMs: 10,
    now: () => NOW,
    ...over,
  });
  open.push(s);
  return s;
}

/** Resolves once the session's save status is `status`. */
function settled(s: EditorSession, status: string): Promise<void> {
  return new Promise((resolve) => {
    if (s.save.getState().status === status) return resolve();
    const stop = s.save.subscribe((state) => {
      if (state.status === status) {
        stop();
        resolve();
      }
    });
  });
}

beforeEach(async () => {
  db = new FlowbenchDb(`session-test-${++n}`);
  await ensureOrganization(db, NOW);
  org = await loadOrganization(db);
  await putWorkflow(db, createWorkflow('Stored', 'wf-1'), NOW);
});

afterEach(async () => {
  for (const s of open.splice(0)) await s.dispose();
  db.close();
});

describe('an editor session', () => {
  it('opens a stored workflow into its own document store, and says when there is none', async () => {
    const s = session();
    expect(await s.open()).toBe(true);
    expect(s.document.getState().doc?.name).toBe('Stored');
    expect(s.save.getState().status).toBe('saved');
    expect(await session('nope').open()).toBe(false);
  });

  it('opens from a read started before it (at boot), then takes a save made elsewhere since that read', async () => {
    const early = readWorkflowWithRevision(db, 'wf-1');
    await early;
    await putWorkflow(db, createWorkflow('Saved since', 'wf-1'), NOW);
    const s = session('wf-1', { firstRead: early });
    expect(await s.open()).toBe(true);
    expect(s.document.getState().doc?.name).toBe('Stored');
    await new Promise<void>((resolve) => {
      const stop = s.document.subscribe((state) => {
        if (state.doc?.name !== 'Saved since') return;
        stop();
        resolve();
      });
    });
    expect(s.document.getState().past).toHaveLength(0);
  });

  it('opened from the early read, starts its cross-tab watch (a read of the whole record) only once the browser is idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      const s = session('wf-1', { firstRead: readWorkflowWithRevision(db, 'wf-1') });
      expect(await s.open()).toBe(true);
      await putWorkflow(db, createWorkflow('Saved since', 'wf-1'), NOW);
      const reads = vi.spyOn(db.workflows, 'get');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(reads).not.toHaveBeenCalled();
      expect(s.document.getState().doc?.name).toBe('Stored');
      // Idle: the watch starts (and the validator's code loads).
      expect(idle.length).toBeGreaterThan(0);
      for (const run of idle.splice(0)) run();
      await new Promise<void>((resolve) => {
        const stop = s.document.subscribe((state) => {
          if (state.doc?.name !== 'Saved since') return;
          stop();
          resolve();
        });
      });
      await s.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reads the workflow itself when the read started before failed, and says when an early read found none', async () => {
    const s = session('wf-1', { firstRead: Promise.reject(new Error('the database was closed')) });
    expect(await s.open()).toBe(true);
    expect(s.document.getState().doc?.name).toBe('Stored');
    expect(await session('nope', { firstRead: readWorkflowWithRevision(db, 'nope') }).open()).toBe(false);
  });

  it('saves an applied change by itself, and two sessions keep separate documents and histories', async () => {
    const a = session();
    await a.open();
    await putWorkflow(db, createWorkflow('Other', 'wf-2'), NOW);
    const b = session('wf-2');
    await b.open();
    expect(a.apply({ type: 'rename', name: 'Renamed' })).toBe(true);
    expect(b.document.getState().doc?.name).toBe('Other');
    expect(b.document.getState().past).toHaveLength(0);
    await settled(a, 'saved');
    expect((await readWorkflowWithRevision(db, 'wf-1')).doc?.name).toBe('Renamed');
  });

  it('reports a refused change with its code, in one place, and changes nothing', async () => {
    const s = session();
    await s.open();
    s.apply({ type: 'addStep', step: triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't') });
    const before = s.document.getState().doc;
    expect(s.apply({ type: 'addStep', step: triggerStep('shopify', 'order-created', { x: 0, y: 100 }, 't2') })).toBe(false);
    expect(s.document.getState().doc).toBe(before);
    expect(s.ui.getState().message).toMatchObject({ kind: 'error', refusal: { code: 'second-trigger' } });
  });

  it('meets a save made by another tab first with the conflict, overwriting nothing', async () => {
    const mine = session();
    const theirs = session();
    await mine.open();
    await theirs.open();
    theirs.apply({ type: 'rename', name: 'Theirs' });
    await theirs.flush();
    mine.apply({ type: 'rename', name: 'Mine' });
    await mine.flush();
    expect(mine.save.getState()).toMatchObject({ status: 'conflict', conflict: { mine: { name: 'Mine' }, theirs: { name: 'Theirs' } } });
    expect((await readWorkflowWithRevision(db, 'wf-1')).doc?.name).toBe('Theirs');
    const copyId = await mine.keepMineAsCopy();
    expect((await readWorkflowWithRevision(db, copyId!)).doc?.name).toBe('Mine (my copy)');
    expect(mine.document.getState().doc?.name).toBe('Theirs');
  });

  it('keeps unsaved edits in the backup, and a new session carries on from them', async () => {
    const backup = memoryBackup();
    const first = session('wf-1', { backup, autosaveDelayMs: 60_000 });
    await first.open();
    first.apply({ type: 'rename', name: 'Not yet saved' });
    expect([...backup.items.keys()]).toEqual(['flowbench:unsaved:wf-1']);
    // The page goes away without the session being disposed (a crash): the backup is all there is.
    const next = session('wf-1', { backup });
    await next.open();
    expect(next.document.getState().doc?.name).toBe('Not yet saved');
    await settled(next, 'saved');
    expect((await readWorkflowWithRevision(db, 'wf-1')).doc?.name).toBe('Not yet saved');
    expect(backup.items.size).toBe(0);
  });

  it('saves what is pending when disposed, then stops: later changes are not saved, and owned parts are disposed', async () => {
    const s = session('wf-1', { autosaveDelayMs: 60_000 });
    await s.open();
    let stopped = 0;
    s.own(() => stopped++);
    s.apply({ type: 'rename', name: 'Saved on close' });
    await s.dispose();
    expect(stopped).toBe(1);
    expect(s.disposed).toBe(true);
    expect((await readWorkflowWithRevision(db, 'wf-1')).doc?.name).toBe('Saved on close');
    s.document.getState().dispatch({ type: 'rename', name: 'After close' });
    await s.flush();
    expect((await readWorkflowWithRevision(db, 'wf-1')).doc?.name).toBe('Saved on close');
  });

  it('validates its document against the organization it is given, and follows changes of it', async () => {
    const listeners = new Set<() => void>();
    let current: Organization | undefined = undefined;
    const organization: Source<Organization | undefined> = {
      current: () => current,
      subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    };
    const s = session('wf-1', { organization });
    await s.open();
    s.apply({ type: 'addStep', step: triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't') });
    expect(s.problems.getState().all).toEqual([]); // no organization yet: nothing to check against
    current = { ...org, installations: [] };
    for (const l of listeners) l();
    // The first validation of a workflow waits for an idle moment: wait for the problems to arrive.
    await new Promise<void>((resolve) => {
      if (s.problems.getState().all.length > 0) return resolve();
      const stop = s.problems.subscribe(() => (stop(), resolve()));
    });
    expect(s.problems.getState().byStep.get('t')?.map((p) => p.code)).toEqual(['app-not-installed']);
  });

  it("loads the validator for a workflow just opened only once the browser is idle, then validates at the next idle moment", async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      await putWorkflow(db, { ...createWorkflow('Checked', 'wf-idle'), steps: [triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't')] }, NOW);
      const s = session('wf-idle', { organization: fixed({ ...org, installations: [] }) });
      await s.open();
      const waited = async (count: number) => {
        while (idle.length < count && s.problems.getState().all.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      };
      await waited(1);
      idle[0]!(); // idle: the validator's code loads, and its first slice waits for the next idle moment
      await waited(2);
      expect(s.problems.getState().all).toEqual([]);
      expect(idle).toHaveLength(2);
      idle[1]!();
      await new Promise<void>((resolve) => {
        if (s.problems.getState().all.length > 0) return resolve();
        const stop = s.problems.subscribe(() => (stop(), resolve()));
      });
      expect(s.problems.getState().byStep.get('t')?.map((p) => p.code)).toEqual(['app-not-installed']);
      await s.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

/*
 * Autosave when the browser runs out of room: the edit stays in memory, the
 * save is tried again (on focus, on the next edit, with backoff), and the
 * indicator says Saved once the edit is really stored. IndexedDB is
 * fake-indexeddb, made to fail as a full disk does; timers are fake.
 */
describe('a save that failed for lack of room', () => {
  const realPut = IDBObjectStore.prototype.put;
  let diskFull = false;
  /** Writes of workflow records attempted (failed ones included). */
  let attempts = 0;
  /** The page: "back in the tab" is a `focus` event on it. */
  let page: EventTarget;
  let s: EditorSession;

  beforeAll(() => {
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'workflows') {
        attempts++;
        if (diskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    };
  });
  afterAll(() => {
    IDBObjectStore.prototype.put = realPut;
  });

  beforeEach(async () => {
    page = new EventTarget();
    const lifecycle = {
      onHide: () => () => {},
      onReturn(retry: () => void) {
        page.addEventListener('focus', retry);
        return () => page.removeEventListener('focus', retry);
      },
    };
    s = session('wf-1', { page: lifecycle, autosaveDelayMs: AUTOSAVE_DELAY_MS });
    expect(await s.open()).toBe(true);
    // Only setTimeout: fake-indexeddb and Dexie keep their own scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    diskFull = false;
    attempts = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    diskFull = false; // the session saves on its way out
  });

  const status = () => s.save.getState().status;
  const storedName = async () => (await readWorkflowWithRevision(db, 'wf-1')).doc?.name;

  /** Renames the open workflow and lets autosave's delay pass and its write finish. */
  async function edit(name: string) {
    expect(s.apply({ type: 'rename', name })).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    await s.whenWritten();
  }

  /** Lets `ms` pass and any write it started finish. */
  async function wait(ms: number) {
    await vi.advanceTimersByTimeAsync(ms);
    await s.whenWritten();
  }

  it('keeps the edit, says so, and tries again after 1 s, 2 s, 4 s… while the disk stays full', async () => {
    diskFull = true;
    await edit('Edited');
    expect(s.save.getState()).toMatchObject({ status: 'failed', errorKind: 'quota' });
    expect(s.document.getState().doc?.name).toBe('Edited');
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
    expect(await storedName()).toBe('Stored');
  });

  it('is written, and says Saved, when the tab gets focus back once there is room', async () => {
    diskFull = true;
    await edit('Edited');
    diskFull = false;
    page.dispatchEvent(new Event('focus'));
    await s.whenWritten();
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
    const unsubscribe = s.save.subscribe((state) => shown.push(state.status));
    await wait(RETRY_FIRST_MS);
    diskFull = false;
    await wait(2 * RETRY_FIRST_MS);
    unsubscribe();
    expect(shown.filter((x) => x !== 'failed')).toEqual(['saved']);
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

  it('stops retrying once the session is closed', async () => {
    diskFull = true;
    await edit('Edited');
    await s.dispose();
    const after = attempts;
    await wait(120_000);
    expect(attempts).toBe(after);
  });
});
