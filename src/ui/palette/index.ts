/** The trigger and action palettes of the editor. */
export { ActionPalette } from './ActionPalette';
export { TriggerPalette } from './TriggerPalette';
