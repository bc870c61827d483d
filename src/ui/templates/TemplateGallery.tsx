/**
 * "Start from a template": each template with its description, the apps it
 * needs (Installed or not), and where it could run today. Using one creates
 * a workflow (turned off) and opens it in the editor; a template whose apps
 * are missing says what to install.
 */
import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { templatesFor, createFromTemplate } from '../../state/templates';
import { useAsyncAction } from '../common/useAsyncAction';
import './templates.css';

export function TemplateGallery({ org }: { org: Organization | undefined }) {
  const templates = useMemo(() => (org ? templatesFor(org) : []), [org]);
  const [, navigate] = useLocation();
  const { error, run } = useAsyncAction();
  if (!org) return null;
  return (
    <details className="templates card">
      <summary>
        <h2>Start from a template</h2> <span className="muted">({templates.length})</span>
      </summary>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <ul className="templates__grid" aria-label="Templates">
        {templates.map((t) => {
          const missing = t.apps.filter((a) => !a.installed);
          return (
            <li key={t.id} className="templates__card">
              <h3>{t.workflow.name}</h3>
              <p>{t.workflow.description}</p>
              <p className="templates__apps">
                {t.apps.length === 0 ? (
                  <span className="badge badge--ok">Shopify only</span>
                ) : (
                  t.apps.map((a) => (
                    <span key={a.id} className={a.installed ? 'badge badge--ok' : 'badge'}>
                      {a.name}
                      {a.installed ? '' : ' · not installed'}
                    </span>
                  ))
                )}
              </p>
              <p className="muted small">
                {t.runsIn.length > 0 ? (
                  `Could run today in ${t.runsIn.join(', ')}.`
                ) : (
                  <>
                    Can't run in any store yet: install {missing.map((a) => a.name).join(' and ')} in a store on the{' '}
                    <Link href="/organization">Organization</Link> page.
                  </>
                )}
              </p>
              <button
                type="button"
                aria-label={`Use template ${t.workflow.name}`}
                onClick={() => void run(async () => navigate(`/editor/${await createFromTemplate(t.id)}`))}
              >
                Use template
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
