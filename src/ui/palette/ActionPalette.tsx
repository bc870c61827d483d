/**
 * The Actions palette: Logic steps (Condition, Wait) above the apps' actions.
 * Connectors never appear under Logic: the seed says they cannot be used to
 * set conditions.
 */
import { memo } from 'react';
import { Palette } from './Palette';
import { useT } from '../i18n';

export const ActionPalette = memo(function ActionPalette() {
  const t = useT();
  return <Palette kind="action" label={t('palette.actions')} withLogic />;
});
