/**
 * Runs one import at a time and keeps its outcome for the page to show: a
 * summary after success, the problem list after a failure. While it runs,
 * its progress (checking, then saving) is kept for a progress bar, and
 * `cancel` stops it (nothing is imported). A second import started while one
 * runs is ignored (the buttons say busy).
 */
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { ImportControl, ImportOutcome, ImportProgress } from '../../state/transfer';

export interface ImportRunner {
  busy: boolean;
  /**
   * How far the running import has come (read it with useImportProgress): a
   * store of its own, so a report re-renders the progress bar, not the page.
   */
  progress: ProgressStore;
  /** The last outcome; a new one replaces it, `dismiss` clears it. */
  outcome: ImportOutcome | undefined;
  /** Starts an import; resolves with its outcome, or undefined when another import was running. */
  run: (start: (control: ImportControl) => Promise<ImportOutcome>) => Promise<ImportOutcome | undefined>;
  /** Stops the running import. */
  cancel: () => void;
  dismiss: () => void;
}

/** The running import's last progress report; undefined before the first one. */
export interface ProgressStore {
  get: () => ImportProgress | undefined;
  set: (progress: ImportProgress | undefined) => void;
  subscribe: (listener: () => void) => () => void;
}

function progressStore(): ProgressStore {
  let current: ImportProgress | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (progress) => {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The running import's progress, re-rendering only the component that shows it. */
export function useImportProgress(store: ProgressStore): ImportProgress | undefined {
  return useSyncExternalStore(store.subscribe, store.get);
}

export function useImportRunner(): ImportRunner {
  const [busy, setBusy] = useState(false);
  const [progress] = useState(progressStore);
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const running = useRef<AbortController | undefined>(undefined);

  const run = useCallback(async (start: (control: ImportControl) => Promise<ImportOutcome>) => {
    if (running.current) return undefined;
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    progress.set(undefined);
    setOutcome(undefined);
    try {
      const result = await start({ signal: controller.signal, onProgress: progress.set });
      setOutcome(result);
      return result;
    } finally {
      running.current = undefined;
      setBusy(false);
      progress.set(undefined);
    }
  }, [progress]);

  const cancel = useCallback(() => running.current?.abort(), []);
  const dismiss = useCallback(() => setOutcome(undefined), []);
  return { busy, progress, outcome, run, cancel, dismiss };
}
