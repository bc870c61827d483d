/**
 * The Triggers palette. A workflow has one trigger: when the open document
 * already has one, triggers stay listed and picking one replaces the
 * trigger's event (addPaletteItem does that); a hint says so.
 */
import { memo } from 'react';
import { useDocumentStore } from '../../state/editor/documentStore';
import { Palette } from './Palette';

export const REPLACE_TRIGGER_HINT = 'This workflow already has a trigger: picking another replaces its event.';

export const TriggerPalette = memo(function TriggerPalette() {
  const hasTrigger = useDocumentStore((s) => s.doc?.steps.some((step) => step.kind === 'trigger') ?? false);
  return <Palette kind="trigger" label="Triggers" hint={hasTrigger ? REPLACE_TRIGGER_HINT : undefined} />;
});
