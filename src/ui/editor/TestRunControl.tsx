/**
 * "Test with sample data": runs the draft as it is in the editor, as a dry
 * run in a chosen store (the trigger's sample payload, no sandbox change,
 * nothing recorded). Each step's result shows on its node; the message line
 * says how it went, with every reason when the workflow would not run there.
 */
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useEditorSession } from '../../state/editor/context';
import { useOrganization } from '../../state/org';
// The stores only: the runner (and the engine with it) loads when a test is asked for.
import { useDryRun, useShownTestRun } from '../../state/runtime/dryRunState';
import { StoreSelect } from '../common/StoreSelect';
import { usePickedStore } from '../common/usePickedStore';
import { useT } from '../i18n';
import { testOutcome } from './testOutcome';

export function TestRunControl() {
  const session = useEditorSession();
  const org = useOrganization();
  const { store, pick } = usePickedStore(org);
  const running = useDryRun((s) => s.running);
  const hasResults = useDryRun((s) => s.run !== undefined);
  const showable = useDryRun((s) => s.run !== undefined && s.run.steps.length > 0);
  const [, navigate] = useLocation();
  const t = useT();

  // Results belong to the workflow being edited: forget them when the editor closes.
  useEffect(() => () => useDryRun.getState().clear(), []);

  const test = async () => {
    const doc = session.document.getState().doc;
    const ui = session.ui.getState();
    if (!doc || !store) return;
    try {
      const { dryRun } = await import('../../state/runtime/dryRun');
      const run = await dryRun(doc, store.id);
      const { text, kind } = testOutcome(run, store.name, t);
      ui.showMessage(text, kind);
    } catch (e) {
      ui.showMessage(t('editor.test.couldNotRun', { error: e instanceof Error ? e.message : String(e) }), 'error');
    }
  };

  const clear = () => {
    useDryRun.getState().clear();
    session.ui.getState().dismissMessage();
  };

  return (
    <div className="row test-run">
      <StoreSelect label={t('editor.test.store')} stores={org?.stores} value={store?.id ?? ''} onChange={pick} />
      <button type="button" onClick={() => void test()} disabled={!store || running} aria-busy={running}>
        {running ? t('editor.test.running') : t('editor.test.run')}
      </button>
      {showable && (
        <button
          type="button"
          onClick={() => {
            useShownTestRun.setState({ run: useDryRun.getState().run });
            navigate('/runs/test/canvas');
          }}
        >
          {t('runCanvas.show')}
        </button>
      )}
      {hasResults && (
        <button type="button" onClick={clear}>
          {t('editor.test.clear')}
        </button>
      )}
    </div>
  );
}
