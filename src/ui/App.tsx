/**
 * The app shell: header, hash routes to the pages, a per-page error boundary, the theme.
 * Only the Workflows page (the first one shown) is in the first bundle; every
 * other page is loaded when it is first opened (React.lazy), with the canvas
 * library, the engine, the catalog's manifests and the rest (docs/benchmarks.md,
 * startup-bundle).
 */
import { Suspense, lazy, useEffect } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ensureFullCatalog } from '../state/catalog';
import { useSetting } from '../state/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { useT } from './i18n';
import { StorageBanner } from './StorageBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { NotFoundPage } from './pages/NotFoundPage';
import { WorkflowsPage } from './pages/WorkflowsPage';
import { Tour } from './tour/Tour';

/** A page loaded with the catalog's manifests (state/catalog.ts): its code reads fields, setup and sample payloads. */
const withCatalog = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, ensureFullCatalog()]).then(([m]) => m);
const EditorPage = lazy(() => withCatalog(import('./pages/EditorPage')).then((m) => ({ default: m.EditorPage })));
const WorkflowEditorPage = lazy(() => withCatalog(import('./pages/EditorPage')).then((m) => ({ default: m.WorkflowEditorPage })));
const OrganizationPage = lazy(() => withCatalog(import('./pages/OrganizationPage')).then((m) => ({ default: m.OrganizationPage })));
const RunsPage = lazy(() => withCatalog(import('./pages/RunsPage')).then((m) => ({ default: m.RunsPage })));
const RunPage = lazy(() => withCatalog(import('./pages/RunPage')).then((m) => ({ default: m.RunPage })));
const RunCanvasPage = lazy(() => withCatalog(import('./pages/RunCanvasPage')).then((m) => ({ default: m.RunCanvasPage })));
const SandboxPage = lazy(() => withCatalog(import('./pages/SandboxPage')).then((m) => ({ default: m.SandboxPage })));

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
            <Route path="/editor/:id">{(params) => <WorkflowEditorPage id={params.id} />}</Route>
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
