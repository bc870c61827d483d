/**
 * "Start from a template": each template with its description, the apps it
 * needs (Installed or not), and where it could run today. Using one creates
 * a workflow (turned off) and opens it in the editor; a template whose apps
 * are missing says what to install. Names and descriptions are shown in the
 * UI's language (templateText.ts), and so is the workflow created from one.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { currentIndex } from '../../state/catalog';
import type { Organization } from '../../domain/org/organization';
import { type Template, createFromTemplate, loadTemplates, templatesFor } from '../../state/templates';
import { useAsyncAction } from '../common/useAsyncAction';
import { useLocalized, useT } from '../i18n';
import { templateText, templateWords } from './templateText';
import './templates.css';
import { ErrorAlert } from '../common/ErrorAlert';

export function TemplateGallery({ org }: { org: Organization | undefined }) {
  // The templates (and the importer that reads them) load when the gallery is first opened.
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<readonly Template[]>();
  const { error, run } = useAsyncAction();
  useEffect(() => {
    if (open && !loaded) void run(async () => setLoaded(await loadTemplates()));
  }, [open, loaded, run]);
  const templates = useMemo(() => (org && loaded ? templatesFor(org, loaded) : []), [org, loaded]);
  const [, navigate] = useLocation();
  const t = useT();
  const localize = useLocalized();
  if (!org) return null;
  const appName = (app: { id: string; name: string }) => {
    const manifest = currentIndex().byId.get(app.id);
    return manifest ? localize(manifest.name) : app.name;
  };
  return (
    <details className="templates card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('templates.title')}</h2> {loaded && <span className="muted">({templates.length})</span>}
      </summary>
      <ErrorAlert error={error} />
      {open && !loaded && !error && (
        <p role="status" className="muted">
          {t('templates.loading')}
        </p>
      )}
      <ul className="templates__grid" aria-label={t('templates.list')}>
        {templates.map((template) => {
          const missing = template.apps.filter((a) => !a.installed);
          const name = templateText(t, template.id, 'name', template.workflow.name);
          return (
            <li key={template.id} className="templates__card">
              <h3>{name}</h3>
              <p>{templateText(t, template.id, 'description', template.workflow.description)}</p>
              <p className="templates__apps">
                {template.apps.length === 0 ? (
                  <span className="badge badge--ok">{t('templates.shopifyOnly')}</span>
                ) : (
                  template.apps.map((a) => (
                    <span key={a.id} className={a.installed ? 'badge badge--ok' : 'badge'}>
                      {appName(a)}
                      {a.installed ? '' : t('templates.notInstalled')}
                    </span>
                  ))
                )}
              </p>
              <p className="muted small">
                {template.runsIn.length > 0 ? (
                  t('templates.runsIn', { stores: template.runsIn.join(', ') })
                ) : (
                  <>
                    {t('templates.cannotRunBefore', { apps: missing.map(appName).join(t('templates.and')) })}
                    <Link href="/organization">{t('org.title')}</Link>
                    {t('templates.cannotRunAfter')}
                  </>
                )}
              </p>
              <button
                type="button"
                aria-label={t('templates.useNamed', { name })}
                onClick={() => void run(async () => navigate(`/editor/${await createFromTemplate(template.id, templateWords(t))}`))}
              >
                {t('templates.use')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
