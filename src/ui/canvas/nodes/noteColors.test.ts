import { describe, expect, it } from 'vitest';
import { NOTE_COLORS } from '../../../domain/workflow/stickyNotes';
import { NOTE_PALETTE, NOTE_TEXT, contrastRatio } from './noteColors';

describe('sticky note colours', () => {
  it('keep text contrast of at least 4.5:1 in the light and the dark theme', () => {
    for (const color of NOTE_COLORS) {
      expect(contrastRatio(NOTE_TEXT.light, NOTE_PALETTE[color].light), `${color} light`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(NOTE_TEXT.dark, NOTE_PALETTE[color].dark), `${color} dark`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
