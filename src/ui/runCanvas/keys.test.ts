import { describe, expect, it } from 'vitest';
import { EDITOR_COMMANDS, type Shortcut } from '../editor/commands';
import { RUN_KEYS, runKeyAction } from './keys';

const press = (key: string, more: Partial<KeyboardEvent> = {}) => runKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...more });

describe('the run canvas keys', () => {
  it('step, jump and replay by plain keys, in either case', () => {
    expect([press('.'), press(','), press('.'), press('Home'), press('End'), press('k')]).toEqual(['next', 'previous', 'next', 'first', 'last', 'play']);
    expect(press('x')).toBeUndefined();
  });

  it('leave modified keys and typing alone', () => {
    expect(press('.', { ctrlKey: true })).toBeUndefined();
    expect(press('.', { target: { tagName: 'SELECT', isContentEditable: false, closest: () => null } as unknown as EventTarget })).toBeUndefined();
  });

  it('use no plain key the editor’s canvas uses', () => {
    const editorKeys = new Set(EDITOR_COMMANDS.flatMap((c) => (c.shortcuts as readonly Shortcut[]).filter((s) => !s.mod && !s.ctrl && !s.alt).map((s) => s.key.toLowerCase())));
    for (const k of RUN_KEYS.flatMap((r) => r.keys)) expect(editorKeys.has(k.toLowerCase())).toBe(false);
  });
});
