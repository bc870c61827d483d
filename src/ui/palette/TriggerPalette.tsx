/**
 * The Triggers palette. A workflow has one trigger: when the open document
 * already has one, triggers stay listed and picking one replaces the
 * trigger's event (addPaletteItem does that); a hint says so.
 */
import { memo } from 'react';
import { useDocument } from '../../state/editor/context';
import { triggerOf } from '../../domain/workflow/kinds/trigger';
import { Palette } from './Palette';
import { useT } from '../i18n';

export const TriggerPalette = memo(function TriggerPalette() {
  const hasTrigger = useDocument((s) => (s.doc ? triggerOf(s.doc.steps) !== undefined : false));
  const t = useT();
  return <Palette kind="trigger" label={t('palette.triggers')} hint={hasTrigger ? t('palette.replaceTriggerHint') : undefined} />;
});
