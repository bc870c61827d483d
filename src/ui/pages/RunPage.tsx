/** /runs/:id: one run in detail, or an honest "not found". */
import { Link } from 'wouter';
import { useOrganization } from '../../state/org';
import { useRun } from '../../state/runtime';
import { RunDetail } from '../runs/RunDetail';
import '../runs/runs.css';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';

export function RunPage({ id }: { id: string }) {
  const run = useRun(id);
  const org = useOrganization();
  const t = useT();
  useTitle(run ? t('pages.run.documentTitle', { workflow: run.workflowName }) : t('pages.run.title'));
  if (run === undefined) return <p aria-busy="true" className="page">{t('pages.run.loading')}</p>;
  if (run === null) return <RunNotFound />;
  return <RunDetail run={run} org={org} />;
}

/** A run that is not (or no longer) stored, with the way back to the history. */
export function RunNotFound() {
  const t = useT();
  return (
    <section className="page" aria-labelledby="run-title">
      <h1 id="run-title">{t('pages.run.notFound')}</h1>
      <p>
        {t('pages.run.notFoundBefore')}
        <Link href="/runs">{t('shell.nav.runs')}</Link>
        {t('pages.run.notFoundAfter')}
      </p>
    </section>
  );
}
