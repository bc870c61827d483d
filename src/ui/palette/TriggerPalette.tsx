/**
 * The Triggers palette. A workflow has one trigger: when the open document
 * already has one, triggers stay listed and picking one replaces the
 * trigger's event (addPaletteItem does that); a hint says so.
 */
import { memo } from 'react';
import { useDocumentStore } from '../../state/editor/documentStore';
import { Palette } from './Palette';
import { useT } from '../i18n';

export const TriggerPalette = memo(function TriggerPalette() {
  const hasTrigger = useDocumentStore((s) => s.doc?.steps.some((step) => step.kind === 'trigger') ?? false);
  const t = useT();
  return <Palette kind="trigger" label={t('palette.triggers')} hint={hasTrigger ? t('palette.replaceTriggerHint') : undefined} />;
});
