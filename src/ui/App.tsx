/** The app shell: header, hash routes to the pages, a per-page error boundary, the theme. */
import { useEffect } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useSetting } from '../state/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { StorageBanner } from './StorageBanner';
import { EditorPage, WorkflowEditorPage } from './pages/EditorPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganizationPage } from './pages/OrganizationPage';
import { RunsPage } from './pages/RunsPage';
import { WorkflowsPage } from './pages/WorkflowsPage';

export function App() {
  return (
    <Router hook={useHashLocation}>
      <ThemeApplier />
      <Header />
      <StorageBanner />
      <Pages />
    </Router>
  );
}

function Pages() {
  const [location] = useLocation();
  return (
    <main id="main" className="app-main">
      <ErrorBoundary key={location}>
        <Switch>
          <Route path="/">
            <Redirect to="/workflows" replace />
          </Route>
          <Route path="/workflows" component={WorkflowsPage} />
          <Route path="/editor" component={EditorPage} />
          <Route path="/editor/:id">{(params) => <WorkflowEditorPage id={params.id} />}</Route>
          <Route path="/organization" component={OrganizationPage} />
          <Route path="/runs" component={RunsPage} />
          <Route component={NotFoundPage} />
        </Switch>
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
