import { useCallback, useState } from 'react';

/**
 * Runs user-triggered async commands and keeps the last error message to
 * show (the error's message is written for users by the domain and storage).
 */
export function useAsyncAction(): {
  error: string | undefined;
  clearError: () => void;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
} {
  const [error, setError] = useState<string>();
  const run = useCallback(async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(undefined);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }, []);
  return { error, clearError: useCallback(() => setError(undefined), []), run };
}
