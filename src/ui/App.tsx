/**
 * The app shell: header, hash routes to the pages, a per-page error boundary, the theme.
 * Only the Workflows page (the first one shown) is in the first bundle; every
 * other page is loaded when it is first opened (React.lazy), with the canvas
 * library, the engine, the catalog's manifests and the rest (docs/benchmarks.md,
 * startup-bundle).
 */
import { type ComponentType, Suspense, useEffect, useState } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ensureFullCatalog } from '../state/catalog';
import { prefetchWorkflow } from '../state/editor/prefetch';
import { useSetting } from '../state/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { initialLanguage, useT } from './i18n';
import { requireAreas } from './i18n/language';
import type { Area } from './i18n/catalog';
import { lazyWithMessages } from './i18n/lazyWithMessages';
import { StorageBanner } from './StorageBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { WorkflowsPage } from './pages/WorkflowsPage';
import { Tour } from './tour/Tour';

// Each page loads with the message areas it uses (areaUsage.test.ts checks the lists).
const EDITOR_AREAS = ['editor', 'palette', 'canvas', 'runs', 'notes', 'problems', 'storeData', 'customApps', 'inspector', 'runCanvas'] as const;
const RUN_AREAS = ['pages', 'runs', 'runCanvas', 'canvas', 'problems', 'storeData', 'editor', 'notes'] as const;
const SIMULATOR_AREAS = ['pages', 'simulator', 'palette', 'runCanvas', 'runs', 'canvas', 'problems', 'storeData', 'editor'] as const;
const EditorPage = pageWithMessages(EDITOR_AREAS, () => import('./pages/EditorPage').then((m) => m.EditorPage));
const WorkflowEditorPage = pageWithMessages(EDITOR_AREAS, () => import('./pages/EditorPage').then((m) => m.WorkflowEditorPage));
const earlyEditor = startEditorEarly();
const OrganizationPage = pageWithMessages(['org', 'templates', 'customApps', 'pathProblems'], () => import('./pages/OrganizationPage').then((m) => m.OrganizationPage));
const RunsPage = pageWithMessages(SIMULATOR_AREAS, () => import('./pages/RunsPage').then((m) => m.RunsPage));
const RunPage = pageWithMessages(RUN_AREAS, () => import('./pages/RunPage').then((m) => m.RunPage));
const RunCanvasPage = pageWithMessages(RUN_AREAS, () => import('./pages/RunCanvasPage').then((m) => m.RunCanvasPage));
const NotFoundPage = lazyWithMessages(['pages'], () => import('./pages/NotFoundPage').then((m) => m.NotFoundPage));
const SandboxPage = pageWithMessages([...SIMULATOR_AREAS, 'sandbox', 'pathProblems'], () => import('./pages/SandboxPage').then((m) => m.SandboxPage));

/**
 * A page loaded with its message areas and the catalog's manifests (state/catalog.ts): its code reads
 * fields, setup and sample payloads. The three loads run in parallel.
 */
function pageWithMessages<P extends object>(areas: readonly Area[], load: () => Promise<ComponentType<P>>) {
  return lazyWithMessages(areas, () => Promise.all([load(), ensureFullCatalog()]).then(([page]) => page));
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <ThemeApplier />
      <Header />
      <StorageBanner />
      <Pages />
      <UpdatePrompt />
      <Tour />
    </Router>
  );
}

function Pages() {
  const [location] = useLocation();
  const t = useT();
  return (
    <main id="main" className="app-main">
      <ErrorBoundary key={location} location={location}>
        <Suspense fallback={<p aria-busy="true" className="page">{t('app.loading')}</p>}>
          <Switch>
            <Route path="/">
              <Redirect to="/workflows" replace />
            </Route>
            <Route path="/workflows" component={WorkflowsPage} />
            <Route path="/editor" component={EditorPage} />
            <Route path="/editor/:id">{(params) => <WorkflowEditorRoute id={params.id} />}</Route>
            <Route path="/organization" component={OrganizationPage} />
            <Route path="/runs" component={RunsPage} />
            <Route path="/runs/:id/canvas">{(params) => <RunCanvasPage id={params.id} />}</Route>
            <Route path="/runs/:id">{(params) => <RunPage id={params.id} />}</Route>
            <Route path="/sandbox" component={SandboxPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}

type WorkflowEditor = ComponentType<{ id: string }>;
type EarlyEditor = { page?: WorkflowEditor; ready: Promise<WorkflowEditor | undefined> };

/**
 * Opened at an editor's address (`#/editor/<id>`): the editor's code, the manifests, its messages
 * (in English; a Polish start loads them with the language) and the workflow's read start now, while
 * the app boots, not after its first render (docs/benchmarks.md, "Canvas mount, the boot"); once they
 * are in, the workflow's session is opened too, so the page's first render is the editor itself
 * ("Canvas mount, sixth pass"; the page takes the session over, state/editor/browserSession.ts).
 */
function startEditorEarly(): EarlyEditor | undefined {
  const id = /^#\/editor\/([^/?#]+)$/.exec(location.hash)?.[1];
  if (!id) return undefined;
  prefetchWorkflow(id);
  const messages = initialLanguage() === 'en' ? requireAreas(EDITOR_AREAS) : Promise.reject(new Error('messages load with the language'));
  const early: EarlyEditor = {
    // On a failure the route's lazy page loads (and reports) it again, or the messages in the language shown.
    ready: Promise.all([import('./pages/EditorPage'), import('../state/editor/browserSession'), ensureFullCatalog(), messages]).then(
      async ([m, sessions]) => {
        // A session that failed to open early is opened by the page, as on any other start.
        await sessions.openSessionEarly(id).catch(() => undefined);
        return (early.page = m.WorkflowEditorPage);
      },
      () => undefined,
    ),
  };
  return early;
}

/**
 * The editor of one workflow. When the boot started loading it, the page is shown as soon as it is
 * loaded (a state update, not a Suspense fallback, whose reveal React holds back for up to 300 ms);
 * else it loads lazily. The page's type is chosen once, so a re-render never remounts the editor.
 */
function WorkflowEditorRoute({ id }: { id: string }) {
  const t = useT();
  const [Page, setPage] = useState<WorkflowEditor | undefined>(() => (earlyEditor ? earlyEditor.page : WorkflowEditorPage));
  useEffect(() => {
    if (Page || !earlyEditor) return;
    let live = true;
    void earlyEditor.ready.then((page) => live && setPage(() => page ?? WorkflowEditorPage));
    return () => void (live = false);
  }, [Page]);
  return Page ? <Page id={id} /> : <p aria-busy="true" className="page">{t('app.loading')}</p>;
}

/** Puts the theme preference on <html>; CSS follows the system when it is "system". */
function ThemeApplier() {
  const [theme] = useSetting('theme');
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}
