/**
 * An editor session as the app opens one in the browser: IndexedDB, the
 * effective catalog, the live organization, localStorage for the backup of
 * unsaved edits, and the page's hide events to save at once. The one place
 * that knows where a session's dependencies come from in the app.
 */
import { getDb } from '../../storage/db';
import { catalogSource } from '../catalog';
import { organizationSource } from '../org';
import type { BackupStorage, PageLifecycle } from './autosave';
import { takeWorkflowPrefetch } from './prefetch';
import { type EditorSession, createEditorSession } from './session';

function localBackup(): BackupStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser: no backup, saves still run
  }
}

/**
 * The page's lifecycle: hidden or closed (`pagehide`, and `visibilitychange`
 * to hidden, as mobile browsers may skip pagehide); back (focus, visible again).
 */
const pageLifecycle: PageLifecycle | undefined =
  typeof window === 'undefined'
    ? undefined
    : {
        onHide(flush) {
          const onVisibility = () => {
            if (document.visibilityState === 'hidden') flush();
          };
          window.addEventListener('pagehide', flush);
          document.addEventListener('visibilitychange', onVisibility);
          return () => {
            window.removeEventListener('pagehide', flush);
            document.removeEventListener('visibilitychange', onVisibility);
          };
        },
        onReturn(retry) {
          const onVisibility = () => {
            if (document.visibilityState === 'visible') retry();
          };
          window.addEventListener('focus', retry);
          document.addEventListener('visibilitychange', onVisibility);
          return () => {
            window.removeEventListener('focus', retry);
            document.removeEventListener('visibilitychange', onVisibility);
          };
        },
      };

/** The closing of the sessions closed last: a new session opens only after their saves landed. */
let closing: Promise<void> = Promise.resolve();

/**
 * Opens the workflow in a new session for this browser, once the sessions
 * closed before have saved (reopening a workflow must read what its last
 * session wrote, not race it). Resolves with the session and whether the
 * workflow was found; close it with {@link closeBrowserSession}.
 */
export async function openBrowserSession(workflowId: string): Promise<{ session: EditorSession; found: boolean }> {
  await closing;
  const session = createEditorSession(workflowId, {
    db: getDb(),
    catalog: catalogSource,
    organization: organizationSource(),
    backup: localBackup(),
    page: pageLifecycle,
    firstRead: takeWorkflowPrefetch(workflowId),
  });
  return { session, found: await session.open() };
}

/** A session opened by the boot, before the editor's first render (see {@link openSessionEarly}). */
type EarlySession = { workflowId: string; opened: { session: EditorSession; found: boolean }; stop: () => void };
let early: EarlySession | undefined;

/**
 * At an editor's address the boot opens the workflow's session itself, once the early read
 * (prefetch.ts) is in: the editor's first render then shows the workflow, rather than rendering
 * "Opening…", opening the session in an effect and rendering again (docs/benchmarks.md, "Canvas
 * mount, sixth pass"). The session is the editor page's to claim ({@link claimEarlySession}), once;
 * it is closed if the address changes before the page claimed it, and never kept once claimed.
 */
export async function openSessionEarly(workflowId: string, page: EventTarget = window): Promise<void> {
  let left = false;
  const leave = () => {
    left = true;
    const unclaimed = early?.workflowId === workflowId ? early : undefined;
    early = undefined;
    if (unclaimed) void closeBrowserSession(unclaimed.opened.session);
  };
  page.addEventListener('hashchange', leave, { once: true });
  const opened = await openBrowserSession(workflowId);
  if (left) return void closeBrowserSession(opened.session);
  early = { workflowId, opened, stop: () => page.removeEventListener('hashchange', leave) };
}

/** The session the boot opened for workflow `workflowId`, if any, without taking it (a render may look). */
export function earlySessionOf(workflowId: string): { session: EditorSession; found: boolean } | undefined {
  return early?.workflowId === workflowId ? early.opened : undefined;
}

/** Takes the session the boot opened for workflow `workflowId`: handed over once; close it with {@link closeBrowserSession}. */
export function claimEarlySession(workflowId: string): { session: EditorSession; found: boolean } | undefined {
  const claimed = early?.workflowId === workflowId ? early : undefined;
  if (!claimed) return undefined;
  early = undefined;
  claimed.stop();
  return claimed.opened;
}

/** Closes a session: saves what is pending and stops it; later opens wait for this. */
export function closeBrowserSession(session: EditorSession): Promise<void> {
  const done = session.dispose();
  closing = Promise.all([closing, done]).then(() => undefined);
  return done;
}
