import { Link } from 'wouter';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';

export function NotFoundPage() {
  const t = useT();
  useTitle(t('pages.notFound.title'));
  return (
    <section className="page" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('pages.notFound.title')}</h1>
      <p>
        {t('pages.notFound.before')}
        <Link href="/workflows">{t('shell.nav.workflows')}</Link>
        {t('pages.notFound.after')}
      </p>
    </section>
  );
}
