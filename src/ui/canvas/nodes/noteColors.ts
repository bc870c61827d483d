/** The sticky notes' colours: their names in the UI's language and their paint in the light and the dark theme. */
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

/** Text on every note: dark in the light theme, light in the dark theme. */
export const NOTE_TEXT = { light: '#1d2125', dark: '#f1f3f5' } as const;

/** Each colour's background in the light and the dark theme; noteColors.test.ts checks text contrast of at least 4.5:1 on each. */
export const NOTE_PALETTE = {
  yellow: { light: '#fff3b0', dark: '#4a4110' },
  blue: { light: '#dbeafe', dark: '#1e3a5f' },
  green: { light: '#dcfce7', dark: '#1f4a2e' },
  pink: { light: '#fce7f3', dark: '#5a1f3f' },
  grey: { light: '#eceff1', dark: '#33383d' },
} as const satisfies Record<NoteColor, { light: string; dark: string }>;

/** The CSS custom properties that paint a note (or a swatch) of `color`, following the theme. */
export function noteStyle(color: NoteColor): Record<string, string> {
  const bg = NOTE_PALETTE[color];
  return { '--note-bg': `light-dark(${bg.light}, ${bg.dark})`, '--note-text': `light-dark(${NOTE_TEXT.light}, ${NOTE_TEXT.dark})` };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
