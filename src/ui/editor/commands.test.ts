import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { triggerStep, waitStep } from '../../domain/workflow/factory';
import { testSession } from '../../../test/fixtures/editorSession';
import { EDITOR_COMMANDS, command, commandForKey, runCommand } from './commands';
import { handleCommandKey } from './useCommandShortcuts';

type Session = Awaited<ReturnType<typeof testSession>>;
let session: Session;

beforeEach(async () => {
  session = await testSession();
});
afterEach(() => session.close());

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

/** A keydown as the window sees it, from a target that is or is not a text field. */
function press(k: ReturnType<typeof key>, target: { tagName: string; isContentEditable?: boolean } = { tagName: 'DIV' }) {
  let prevented = false;
  handleCommandKey(session, { ...k, target, preventDefault: () => void (prevented = true) } as unknown as KeyboardEvent);
  return prevented;
}

describe('the command registry', () => {
  it('gives every command a label, and no two commands the same shortcut', () => {
    const seen = new Set<string>();
    for (const c of EDITOR_COMMANDS) {
      expect(c.label).toMatch(/^editor\./);
      for (const s of c.shortcuts) {
        const id = JSON.stringify(s);
        expect(seen.has(id), `${c.id} reuses ${id}`).toBe(false);
        seen.add(id);
      }
    }
  });

  it('maps keys to commands: Ctrl or ⌘ with Z undoes, with Shift or Ctrl+Y redoes; Delete is the canvas’s own', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(commandForKey(key('Z', { metaKey: true }))?.id).toBe('undo');
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(commandForKey(key('d', { ctrlKey: true }))?.id).toBe('duplicate');
    expect(commandForKey(key('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(commandForKey(key('Delete'))).toBeUndefined();
    expect(command('delete').shortcuts.map((s) => s.key)).toEqual(['Delete', 'Backspace']);
  });

  it('runs a command only when it is enabled', () => {
    expect(runCommand(session, 'undo')).toBe(false);
    session.apply({ type: 'rename', name: 'Renamed' });
    expect(runCommand(session, 'undo')).toBe(true);
    expect(session.document.getState().doc?.name).toBe('Test');
    expect(runCommand(session, 'redo')).toBe(true);
    expect(session.document.getState().doc?.name).toBe('Renamed');
  });

  it('select all, duplicate and delete work on the selection through the session (one undo entry each)', () => {
    session.apply({ type: 'addSteps', steps: [triggerStep('loox', 'new-review', { x: 0, y: 0 }, 't'), waitStep({ x: 0, y: 140 }, 'w')], links: [{ from: 't', port: 'next', to: 'w' }] });
    runCommand(session, 'selectAll');
    expect(session.ui.getState().selection).toEqual(['t', 'w']);
    // The copy of a trigger is refused (a workflow has one), and said so with a code.
    runCommand(session, 'duplicate');
    expect(session.ui.getState().message?.refusal?.code).toBe('second-trigger');
    session.ui.getState().setSelection(['w']);
    runCommand(session, 'duplicate');
    expect(session.document.getState().doc?.steps).toHaveLength(3);
    const copy = session.ui.getState().selection;
    expect(copy).toHaveLength(1);
    runCommand(session, 'delete');
    expect(session.document.getState().doc?.steps.map((s) => s.id)).toEqual(['t', 'w']);
  });

  it('keeps a text field’s own keys, except undo and redo, which share the editor’s history', () => {
    session.apply({ type: 'rename', name: 'Renamed' });
    const field = { tagName: 'INPUT' };
    expect(press(key('a', { ctrlKey: true }), field)).toBe(false);
    expect(session.ui.getState().selection).toEqual([]);
    expect(press(key('z', { ctrlKey: true }), field)).toBe(true);
    expect(session.document.getState().doc?.name).toBe('Test');
  });
});

describe('the find command', () => {
  it('Ctrl/⌘+F opens the canvas search, even from a text field, instead of the browser’s find; each press asks to focus it again', () => {
    expect(commandForKey(key('f', { metaKey: true }))?.id).toBe('find');
    expect(press(key('f', { ctrlKey: true }), { tagName: 'INPUT' })).toBe(true);
    expect(session.ui.getState().search).toEqual({ open: true, requests: 1 });
    expect(press(key('F', { ctrlKey: true }))).toBe(true);
    expect(session.ui.getState().search).toEqual({ open: true, requests: 2 });
    session.ui.getState().closeSearch();
    expect(session.ui.getState().search.open).toBe(false);
  });

  it('leaves a plain F or Ctrl+Shift+F to the page', () => {
    expect(press(key('f'))).toBe(false);
    expect(press(key('f', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(session.ui.getState().search.open).toBe(false);
  });
});

describe('keyboard editing shortcuts', () => {
  it('keeps the step shortcuts (arrows, Alt+arrows) to the focused step, away from the page-wide ones', () => {
    expect(commandForKey(key('ArrowLeft'))).toBeUndefined();
    expect(commandForKey(key('ArrowLeft'), 'step')?.id).toBe('moveLeft');
    expect(commandForKey(key('ArrowUp', { shiftKey: true }), 'step')?.id).toBe('moveUpFar');
    expect(commandForKey(key('ArrowDown', { altKey: true }), 'step')?.id).toBe('focusNext');
    expect(commandForKey(key('ArrowLeft', { altKey: true }), 'step')?.id).toBe('focusPreviousSibling');
    expect(commandForKey(key('z', { ctrlKey: true }), 'step')).toBeUndefined();
  });
});
