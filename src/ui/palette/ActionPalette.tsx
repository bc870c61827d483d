/**
 * The Actions palette: the kinds' Logic steps (Condition, Wait, For each...)
 * and Data steps (Get order data...) above the apps' actions. Connectors
 * never appear there: the seed says they cannot be used to set conditions.
 */
import { memo } from 'react';
import { Palette } from './Palette';
import { useT } from '../i18n';

export const ActionPalette = memo(function ActionPalette() {
  const t = useT();
  return <Palette kind="action" label={t('palette.actions')} withSections />;
});
