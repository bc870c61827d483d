/**
 * The Engine engine-vs-nodered's Node sides run (reviews.ts persisting, reviewsEngine.ts alone,
 * persistCost.ts by layout): the built-in catalog and adapters over `sandbox`, a manual clock at
 * the scenario's start, counter ids; each finished run is handed to `onRun` with the sandbox rows
 * it changed (changedRows, then markClean), as the app's worker handler hands them over.
 */
import { builtInCatalog as catalog } from '../../src/domain/catalog/builtIn';
import { builtInRegistry } from '../../src/engine/adapters/index';
import { ManualClock, counterIds } from '../../src/engine/clock';
import { Engine } from '../../src/engine/engine';
import type { MemorySandbox, SandboxRow } from '../../src/engine/sandbox';
import type { RunRecord } from '../../src/engine/types';
import { T0 } from './scenario';

export function reviewEngine(sandbox: MemorySandbox, onRun: (run: RunRecord, rows: readonly SandboxRow[]) => void): Engine {
  return new Engine({
    catalog,
    registry: builtInRegistry,
    sandbox,
    clock: new ManualClock(T0),
    ids: counterIds(),
    onProgress: (p) => {
      if (p.kind !== 'run-finished') return;
      const rows = sandbox.changedRows();
      sandbox.markClean();
      onRun(p.run, rows);
    },
  });
}
