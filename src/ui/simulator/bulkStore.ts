/**
 * The bulk firing in progress, kept outside the components so it survives
 * moving between the pages that show the simulator (Runs and Sandbox): one
 * bulk firing at a time, with progress and a cancel.
 */
import { create } from 'zustand';
import { type BulkProgress, fireBulk } from '../../state/runtime';

export interface BulkRequest {
  app: string;
  trigger: string;
  count: number;
  storeIds: string[];
}

interface BulkState {
  running: boolean;
  progress: BulkProgress | undefined;
  /** The outcome of the last finished bulk firing. */
  done: (BulkProgress & { cancelled: boolean }) | undefined;
  error: string | undefined;
  start: (req: BulkRequest) => Promise<void>;
  cancel: () => void;
}

let controller: AbortController | undefined;
/** Progress arrives per batch; the UI needs it at most once per frame. */
let pending: BulkProgress | undefined;
let scheduled = false;

export const useBulk = create<BulkState>()((set, get) => ({
  running: false,
  progress: undefined,
  done: undefined,
  error: undefined,
  start: async (req) => {
    if (get().running) return;
    controller = new AbortController();
    set({ running: true, progress: { fired: 0, total: req.count, runs: 0 }, done: undefined, error: undefined });
    const onProgress = (p: BulkProgress) => {
      pending = p;
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        if (pending && get().running) set({ progress: pending });
      }, 50);
    };
    try {
      const result = await fireBulk(req, { onProgress, signal: controller.signal });
      set({ running: false, progress: result, done: result });
    } catch (e) {
      set({ running: false, error: e instanceof Error ? e.message : String(e) });
    } finally {
      controller = undefined;
      pending = undefined;
    }
  },
  cancel: () => controller?.abort(),
}));
