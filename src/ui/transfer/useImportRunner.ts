/**
 * Runs one import at a time and keeps its outcome for the page to show: a
 * summary after success, the problem list after a failure. A second import
 * started while one runs is ignored (the buttons say busy).
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome } from '../../state/transfer';

export interface ImportRunner {
  busy: boolean;
  /** The last outcome; a new one replaces it, `dismiss` clears it. */
  outcome: ImportOutcome | undefined;
  /** Starts an import; resolves with its outcome, or undefined when another import was running. */
  run: (start: () => Promise<ImportOutcome>) => Promise<ImportOutcome | undefined>;
  dismiss: () => void;
}

export function useImportRunner(): ImportRunner {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const running = useRef(false);

  const run = useCallback(async (start: () => Promise<ImportOutcome>) => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await start();
      setOutcome(result);
      return result;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const dismiss = useCallback(() => setOutcome(undefined), []);
  return { busy, outcome, run, dismiss };
}
