/**
 * The trigger in a walk. The run's start records the trigger itself (its
 * payload and the Shopify objects it read, interpreter.ts) before walking
 * from the step after it, so a walk never reaches a trigger (nothing links
 * into one); should it, it goes on.
 */
import type { EngineKind } from './types';
import { via } from './types';

export const triggerRunner: EngineKind<'trigger'> = {
  kind: 'trigger',
  run: () => via('next'),
};
