/**
 * The engine's step kinds, one handler per kind of the domain's registry
 * (domain/workflow/kinds/registry.ts). The mapped type makes a kind without
 * a handler a compile error; kinds.test.ts checks the same at run time.
 */
import type { StepKind } from '../../domain/workflow/document';
import { actionRunner } from './action';
import { adminApiRunner } from './adminApi';
import { conditionRunner } from './condition';
import { forEachRunner } from './forEach';
import { foreignRunner } from './foreign';
import { getDataRunner } from './getData';
import { logRunner } from './log';
import { runCodeRunner } from './runCode';
import { triggerRunner } from './trigger';
import type { EngineKind } from './types';
import { waitRunner } from './wait';

export const ENGINE_KINDS: { readonly [K in StepKind]: EngineKind<K> } = {
  trigger: triggerRunner,
  action: actionRunner,
  condition: conditionRunner,
  wait: waitRunner,
  log: logRunner,
  forEach: forEachRunner,
  getData: getDataRunner,
  runCode: runCodeRunner,
  adminApi: adminApiRunner,
  foreign: foreignRunner,
};

export type { EngineKind, ExecutionDeps, StepOutcome, StepRun } from './types';
