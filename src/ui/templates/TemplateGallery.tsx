/**
 * "Start from a template": each template with its description, the apps it
 * needs (Installed or not), and where it could run today. Using one creates
 * a workflow (turned off) and opens it in the editor; a template whose apps
 * are missing says what to install. Names and descriptions are shown in the
 * UI's language (templateText.ts), and so is the workflow created from one.
 */
import { Suspense, useEffect, useState } from 'react';
import type { Organization } from '../../domain/org/organization';
import { type Template, loadTemplates } from '../../state/templates';
import { useAsyncAction } from '../common/useAsyncAction';
import { useT } from '../i18n';
import { lazyWithMessages } from '../i18n/lazyWithMessages';
import './templates.css';
import { ErrorAlert } from '../common/ErrorAlert';

// The cards, with the templates' names and descriptions in every language, load with the templates.
const TemplateCards = lazyWithMessages(['templateItems', 'templateCards'], () => import('./TemplateCards').then((m) => m.TemplateCards));

/** Shown at once (closed), so the list below never moves when the organization arrives; the cards need it. */
export function TemplateGallery({ org }: { org: Organization | undefined }) {
  // The templates (and the importer that reads them) load when the gallery is first opened.
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<readonly Template[]>();
  const { error, run } = useAsyncAction();
  useEffect(() => {
    if (open && !loaded) void run(async () => setLoaded(await loadTemplates()));
  }, [open, loaded, run]);
  const t = useT();
  const loading = (
    <p role="status" className="muted">
      {t('templates.loading')}
    </p>
  );
  return (
    <details className="templates card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('templates.title')}</h2> {loaded && org && <span className="muted">({loaded.length})</span>}
      </summary>
      <ErrorAlert error={error} />
      {open && !(loaded && org) && !error && loading}
      {loaded && org && (
        <Suspense fallback={loading}>
          <TemplateCards org={org} loaded={loaded} run={run} />
        </Suspense>
      )}
    </details>
  );
}
