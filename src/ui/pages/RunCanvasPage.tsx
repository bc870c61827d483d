/**
 * /runs/:id/canvas: a run on the canvas (ui/runCanvas), or an honest "not
 * found". /runs/test/canvas shows the editor's last test run ("Test with
 * sample data"), which is never stored.
 */
import { Suspense, lazy } from 'react';
import { useOrganization } from '../../state/org';
import type { RunRecord } from '../../state/runtime';
// The modules it reads, not the runtime's barrel (which loads the engine).
import { useShownTestRun } from '../../state/runtime/dryRunState';
import { useRun } from '../../state/runtime/runs';
import { RunCanvasView } from '../runCanvas/RunCanvasView';
import { useT } from '../i18n';
import { useTitle } from '../useTitle';

export const TEST_RUN_ID = 'test';

/** The run page's "not found", loaded only when shown: its module imports the runtime (and the engine) for the run page. */
const RunNotFound = lazy(() => import('./RunPage').then((m) => ({ default: m.RunNotFound })));

export function RunCanvasPage({ id }: { id: string }) {
  return id === TEST_RUN_ID ? <TestRunCanvas /> : <StoredRunCanvas id={id} />;
}

function StoredRunCanvas({ id }: { id: string }) {
  const run = useRun(id);
  const org = useOrganization();
  const t = useT();
  useTitle(run ? t('runCanvas.title', { workflow: run.workflowName }) : t('pages.run.title'));
  if (run === undefined) return <p aria-busy="true" className="page">{t('pages.run.loading')}</p>;
  if (run === null) {
    return (
      <Suspense fallback={null}>
        <RunNotFound />
      </Suspense>
    );
  }
  const store = org?.stores.find((s) => s.id === run.storeId)?.name ?? t('runs.removedStore', { id: run.storeId });
  return (
    <RunCanvasView
      key={run.id}
      run={run}
      back={{ href: `/runs/${run.id}`, label: t('runCanvas.back') }}
      title={`${t('runCanvas.title', { workflow: run.workflowName })} · ${store}`}
    />
  );
}

function TestRunCanvas() {
  const run: RunRecord | undefined = useShownTestRun((s) => s.run);
  const t = useT();
  useTitle(run ? t('runCanvas.testTitle', { workflow: run.workflowName }) : t('pages.run.title'));
  if (!run) {
    return (
      <section className="page" aria-labelledby="run-title">
        <h1 id="run-title">{t('pages.run.notFound')}</h1>
        <p>{t('runCanvas.noTest')}</p>
      </section>
    );
  }
  return <RunCanvasView run={run} back={{ href: `/editor/${run.workflowId}`, label: t('runCanvas.backToEditor') }} title={t('runCanvas.testTitle', { workflow: run.workflowName })} />;
}
