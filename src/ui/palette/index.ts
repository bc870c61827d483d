/** The trigger and action palettes of the editor. */
export { ActionPalette } from './ActionPalette';
export { TriggerPalette, REPLACE_TRIGGER_HINT } from './TriggerPalette';
