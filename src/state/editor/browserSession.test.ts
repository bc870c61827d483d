/**
 * The session the boot opens at an editor's address (browserSession.ts): shown
 * by the editor page's first render, claimed once by that page, closed when
 * the address changes before the page claimed it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorkflow } from '../../domain/workflow/factory';
import { getDb } from '../../storage/db';
import { putWorkflow } from '../../storage/workflowRepo';
import { ensureFullCatalog } from '../catalog';
import { claimEarlySession, closeBrowserSession, earlySessionOf, openSessionEarly } from './browserSession';

let page: EventTarget;

// The app opens a session once the manifests are in (ui/App.tsx).
beforeAll(() => ensureFullCatalog());

beforeEach(async () => {
  page = new EventTarget();
  await putWorkflow(getDb(), createWorkflow('Early', 'wf-early'), '2026-03-02T10:00:00.000Z');
});

afterEach(async () => {
  const left = claimEarlySession('wf-early');
  if (left) await closeBrowserSession(left.session);
});

describe('the session the boot opens for an editor address', () => {
  it('shows the workflow before any render, and is handed over once, to that workflow only', async () => {
    await openSessionEarly('wf-early', page);
    const shown = earlySessionOf('wf-early');
    expect(shown?.found).toBe(true);
    expect(shown?.session.document.getState().doc?.name).toBe('Early');
    expect(earlySessionOf('wf-other')).toBeUndefined();
    expect(claimEarlySession('wf-other')).toBeUndefined();
    const claimed = claimEarlySession('wf-early');
    expect(claimed?.session).toBe(shown?.session);
    expect(claimEarlySession('wf-early')).toBeUndefined();
    expect(earlySessionOf('wf-early')).toBeUndefined();
    // Claimed: the page owns it; a later change of address does not close it.
    page.dispatchEvent(new Event('hashchange'));
    expect(claimed?.session.disposed).toBe(false);
    await closeBrowserSession(claimed!.session);
  });

  it('says a missing workflow is missing', async () => {
    await openSessionEarly('wf-missing', page);
    expect(earlySessionOf('wf-missing')?.found).toBe(false);
    const claimed = claimEarlySession('wf-missing');
    await closeBrowserSession(claimed!.session);
  });

  it('is closed when the address changes before the page claimed it', async () => {
    await openSessionEarly('wf-early', page);
    const shown = earlySessionOf('wf-early');
    page.dispatchEvent(new Event('hashchange'));
    expect(shown?.session.disposed).toBe(true);
    expect(claimEarlySession('wf-early')).toBeUndefined();
  });

  it('is closed at once when the address changed while it was opening', async () => {
    const opening = openSessionEarly('wf-early', page);
    page.dispatchEvent(new Event('hashchange'));
    await opening;
    expect(earlySessionOf('wf-early')).toBeUndefined();
  });
});
