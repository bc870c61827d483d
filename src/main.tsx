import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtInIndexChecked } from './domain/catalog/builtInIndex';
import { startCustomApps } from './state/customAppsStart';
import { ensureOrganization } from './state/org';
import { watchStorage } from './state/storageHealth';
import { App } from './ui/App';
import { startLanguage } from './ui/i18n';
import './ui/styles.css';

watchStorage();
// The service worker is registered after the page's load event, with its notices' code (ui/UpdatePrompt.tsx).
// Create the demo organization on the very first start, before any page asks for it.
void ensureOrganization().catch((error: unknown) => console.error('Could not prepare the organization', error));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first frame is already in the chosen language (Polish is a small chunk fetched first)
// and already knows the user's custom apps (so their workflows never flash "unknown app").
void Promise.all([builtInIndexChecked, startLanguage(), startCustomApps()]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
