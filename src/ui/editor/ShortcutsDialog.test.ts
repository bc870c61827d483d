import { describe, expect, it } from 'vitest';
import { EDITOR_COMMANDS } from './commands';
import { listedCommands, shortcutKeys } from './ShortcutsDialog';

describe('the shortcuts overlay', () => {
  it('lists every registered command that has a shortcut, page-wide and step ones apart', () => {
    const { page, step } = listedCommands();
    const listed = [...page, ...step].map((c) => c.id).sort();
    expect(listed).toEqual(EDITOR_COMMANDS.filter((c) => c.shortcuts.length > 0).map((c) => c.id).sort());
    expect(page.map((c) => c.id)).toContain('undo');
    expect(step.map((c) => c.id)).toEqual(expect.arrayContaining(['moveLeft', 'focusNext', 'linkFrom', 'addAfter']));
  });

  it('writes the keys as they are pressed, ⌘ and ⌥ on a Mac', () => {
    expect(shortcutKeys({ key: 'z', mod: true, shift: true }, false)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(shortcutKeys({ key: 'z', mod: true }, true)).toEqual(['⌘', 'Z']);
    expect(shortcutKeys({ key: 'ArrowDown', alt: true }, true)).toEqual(['⌥', '↓']);
    expect(shortcutKeys({ key: '?', shift: true }, false)).toEqual(['?']);
  });
});
