import { useCallback, useState } from 'react';
import { NothingToExport } from '../../state/exportErrors';
import { TurnOnRefused } from '../../state/workflows';
import { useT, type Translate } from '../i18n';

/**
 * The words for a failed command. Refusals the UI knows by type are said in
 * the UI's language; any other error's message is written for users by the
 * domain and storage, and shown as it is.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof TurnOnRefused) return t('workflows.refused.errors', { count: error.errors });
  if (error instanceof NothingToExport) {
    return error.reason === 'gone' ? t('transfer.export.gone') : t('transfer.export.noneSelected');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs user-triggered async commands and keeps the last error message to
 * show (in the language current when it failed).
 */
export function useAsyncAction(): {
  error: string | undefined;
  clearError: () => void;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
} {
  const [error, setError] = useState<string>();
  const t = useT();
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        setError(undefined);
        return true;
      } catch (e) {
        setError(errorText(e, t));
        return false;
      }
    },
    [t],
  );
  return { error, clearError: useCallback(() => setError(undefined), []), run };
}
