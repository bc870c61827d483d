/**
 * The service worker's notices (UpdatePromptView.tsx), on the first page
 * only as this placeholder: after the page's load event (when the
 * registration used to start) the view loads with its messages and the
 * registration, and registers the service worker. Nothing is shown before
 * then: a notice can only come from the registration.
 */
import { type ComponentType, Suspense, lazy, useEffect, useState } from 'react';
import { withMessages } from './i18n/lazyWithMessages';

// A failed load leaves the app as it is, without offline use (as a failed registration did).
const UpdatePromptView = lazy<ComponentType>(() =>
  withMessages(['pwa'], () => import('./UpdatePromptView')).then(
    (m) => ({ default: m.UpdatePromptView }),
    (error: unknown) => {
      console.error('Could not load the service worker; no offline use', error);
      return { default: () => null };
    },
  ),
);

export function UpdatePrompt() {
  const [loaded, setLoaded] = useState(() => document.readyState === 'complete');
  useEffect(() => {
    if (loaded) return;
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, [loaded]);
  return loaded ? (
    <Suspense fallback={null}>
      <UpdatePromptView />
    </Suspense>
  ) : null;
}
