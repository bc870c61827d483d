/** What the editor's message line says after "Test with sample data". */
import type { RunRecord } from '../../state/runtime';
import type { Translate } from '../i18n';

/** The message line's words for a finished test run in a store, in the UI's language. */
export function testOutcome(run: RunRecord, storeName: string, t: Translate): { text: string; kind: 'info' | 'error' } {
  const store = storeName;
  switch (run.status) {
    case 'skipped':
      return { text: t('editor.test.skipped', { store, reasons: run.reasons.join(' ') }), kind: 'error' };
    case 'failed': {
      const step = run.steps.find((s) => s.status === 'failed');
      return {
        text: step
          ? t('editor.test.failedAt', { store, step: step.name, error: step.error ?? t('editor.test.unknownError') })
          : t('editor.test.failed', { store }),
        kind: 'error',
      };
    }
    case 'waiting':
      return { text: t('editor.test.waiting', { store }), kind: 'info' };
    default:
      return { text: t('editor.test.succeeded', { store }), kind: 'info' };
  }
}
