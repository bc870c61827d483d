/**
 * The Actions palette: Logic steps (Condition, Wait) above the apps' actions.
 * Connectors never appear under Logic: the seed says they cannot be used to
 * set conditions.
 */
import { memo } from 'react';
import { Palette } from './Palette';

export const ActionPalette = memo(function ActionPalette() {
  return <Palette kind="action" label="Actions" withLogic />;
});
