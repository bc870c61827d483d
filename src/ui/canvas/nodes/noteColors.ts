/** The names of the sticky notes' colours, in the UI's language. */
import { NOTE_COLORS, type NoteColor } from '../../../domain/workflow/stickyNotes';
import type { MessageKey, Translate } from '../../i18n';

export const NOTE_COLOR_LABELS = {
  yellow: 'notes.color.yellow',
  blue: 'notes.color.blue',
  green: 'notes.color.green',
  pink: 'notes.color.pink',
  grey: 'notes.color.grey',
} as const satisfies Record<NoteColor, MessageKey>;

/** A colour's name; a value that is no colour (an old diff's text) is shown as it is. */
export function noteColorName(color: string, t: Translate): string {
  return (NOTE_COLORS as readonly string[]).includes(color) ? t(NOTE_COLOR_LABELS[color as NoteColor]) : color;
}
