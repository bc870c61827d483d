/**
 * The editor session as an object with a lifetime: each test builds fresh
 * sessions over a fresh database (fake-indexeddb) and disposes them, with no
 * global to reset. Autosave, the refusal reporting, the cross-tab conflict,
 * the backup of unsaved edits and disposal are checked through the
 * session's own stores.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../domain/catalog/catalog';
import type { Organization } from '../../domain/org/organization';
import { createWorkflow, triggerStep } from '../../domain/workflow/factory';
import { FlowbenchDb } from '../../storage/db';
import { ensureOrganization, loadOrganization } from '../../storage/orgRepo';
import { putWorkflow, readWorkflowWithRevision } from '../../storage/workflowRepo';
import type { BackupStorage } from './autosave';
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
});
