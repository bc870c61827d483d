/** The template gallery's cards (TemplateGallery.tsx loads them, with the templates' words, when it is first opened). */
import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import type { Organization } from '../../domain/org/organization';
import { currentIndex } from '../../state/catalog';
import type { Template } from '../../state/templates';
import { createFromTemplate, templatesFor } from '../../state/templateUse';
import type { useAsyncAction } from '../common/useAsyncAction';
import { useLocalized, useT } from '../i18n';
import { templateText, templateWords } from './templateText';

interface Props {
  org: Organization;
  loaded: readonly Template[];
  run: ReturnType<typeof useAsyncAction>['run'];
}

export function TemplateCards({ org, loaded, run }: Props) {
  const templates = useMemo(() => templatesFor(org, loaded), [org, loaded]);
  const [, navigate] = useLocation();
  const t = useT();
  const localize = useLocalized();
  const appName = (app: { id: string; name: string }) => {
    const manifest = currentIndex().byId.get(app.id);
    return manifest ? localize(manifest.name) : app.name;
  };
  return (
    <ul className="templates__grid" aria-label={t('templateCards.list')}>
      {templates.map((template) => {
        const missing = template.apps.filter((a) => !a.installed);
        const name = templateText(t, template.id, 'name', template.workflow.name);
        return (
          <li key={template.id} className="templates__card">
            <h3>{name}</h3>
            <p>{templateText(t, template.id, 'description', template.workflow.description)}</p>
            <p className="templates__apps">
              {template.apps.length === 0 ? (
                <span className="badge badge--ok">{t('templateCards.shopifyOnly')}</span>
              ) : (
                template.apps.map((a) => (
                  <span key={a.id} className={a.installed ? 'badge badge--ok' : 'badge'}>
                    {appName(a)}
                    {a.installed ? '' : t('templateCards.notInstalled')}
                  </span>
                ))
              )}
            </p>
            <p className="muted small">
              {template.runsIn.length > 0 ? (
                t('templateCards.runsIn', { stores: template.runsIn.join(', ') })
              ) : (
                <>
                  {t('templateCards.cannotRunBefore', { apps: missing.map(appName).join(t('templateCards.and')) })}
                  <Link href="/organization">{t('shell.nav.organization')}</Link>
                  {t('templateCards.cannotRunAfter')}
                </>
              )}
            </p>
            <button
              type="button"
              aria-label={t('templateCards.useNamed', { name })}
              onClick={() => void run(async () => navigate(`/editor/${await createFromTemplate(template.id, templateWords(t))}`))}
            >
              {t('templateCards.use')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
