/**
 * The runtime: everything the UI needs to run workflows on the engine and
 * look at the results — the simulated clock, firing triggers (one, bulk,
 * retry), dry runs, run history, the connector sandbox, injected faults and
 * the live-HTTP switch. The engine runs in a Web Worker (workerClient.ts);
 * results land in IndexedDB in batches and reach the UI through live
 * queries.
 */
export type { Attempt, RunRecord, RunStatus, StepRecord, StepStatus, TriggerEvent } from '../../engine/types';
export type { FaultConfig, FaultMode } from '../../engine/faults';

export { advanceClock, setClock } from './clock';
export { ensureSimNow, useSimNow } from './simNow';
export { type BulkProgress, type FireRequest, MAX_BULK_EVENTS, fireBulk, fireTrigger, retryFromStep, retryRun } from './fire';
export { MAX_PAYLOAD_BYTES, type PayloadCheck, samplePayload, validatePayload } from './payload';
export { type DryRunState, dryRun, useDryRun, useShownTestRun } from './dryRun';
export { type RunFilter, type RunWindow, useRun, useRunWindow, useRuns } from './runs';
export {
  type SandboxCollectionView,
  resetSandbox,
  setFault,
  setLiveHttp,
  useFaults,
  useLiveHttp,
  useSandbox,
} from './sandbox';
