/**
 * The "?" overlay: every keyboard shortcut of the editor, generated from the
 * command registry (commands.ts), so a command registered there is listed
 * here by itself. Page-wide commands and those acting on a focused step are
 * listed apart. Escape or Close shuts it; the browser gives focus back to
 * where it was.
 */
import { useStore } from 'zustand';
import { useEditorSession } from '../../state/editor/context';
import { useModalDialog } from '../common/useModalDialog';
import { useT } from '../i18n';
import { EDITOR_COMMANDS, type EditorCommand, type Shortcut } from './commands';
import { RUN_KEYS, keyText } from '../runCanvas/keys';

const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The keys of a shortcut as they are pressed ("Ctrl + Shift + Z", "Alt + ↓"). */
export function shortcutKeys(s: Shortcut, mac = IS_MAC): string[] {
  const key = ARROWS[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return [
    ...(s.mod ? [mac ? '⌘' : 'Ctrl'] : []),
    ...(s.ctrl ? ['Ctrl'] : []),
    ...(s.alt ? [mac ? '⌥' : 'Alt'] : []),
    ...(s.shift && s.key !== '?' ? ['Shift'] : []),
    key,
  ];
}

/** The commands that have a shortcut, page-wide first, then those on a focused step; a "?" typed with or without Shift is one entry. */
export function listedCommands(): { page: EditorCommand[]; step: EditorCommand[] } {
  const withKeys = (EDITOR_COMMANDS as readonly EditorCommand[]).filter((c) => c.shortcuts.length > 0);
  return { page: withKeys.filter((c) => !c.scope), step: withKeys.filter((c) => c.scope === 'step') };
}

function uniqueShortcuts(c: EditorCommand): Shortcut[] {
  const seen = new Set<string>();
  return c.shortcuts.filter((s) => {
    const id = shortcutKeys(s).join('+');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** One row of a keys table: a command and the presses that do it, each press its keys in order. */
interface KeyRow {
  id: string;
  label: string;
  presses: string[][];
}

export function ShortcutsDialog() {
  const session = useEditorSession();
  const open = useStore(session.ui, (s) => s.keyboardDialog?.kind === 'shortcuts');
  const ref = useModalDialog(open);
  const t = useT();

  const close = () => {
    if (session.ui.getState().keyboardDialog?.kind === 'shortcuts') session.ui.getState().openKeyboardDialog(undefined);
  };
  const { page, step } = listedCommands();
  const editorRows = (commands: EditorCommand[]): KeyRow[] =>
    commands.map((c) => ({ id: c.id, label: t(c.label), presses: uniqueShortcuts(c).map((sc) => shortcutKeys(sc)) }));
  const runRows: KeyRow[] = RUN_KEYS.map((k) => ({ id: k.action, label: t(k.label), presses: k.keys.map((key) => [keyText(key)]) }));
  const table = (caption: string, rows: KeyRow[]) => (
    <table className="shortcuts__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('editor.keys.overlay.command')}</th>
          <th scope="col">{t('editor.keys.overlay.keys')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>
              {row.presses.map((keys, i) => (
                <span key={i}>
                  {i > 0 && ` ${t('editor.keys.overlay.or')} `}
                  {keys.map((k, j) => (
                    <span key={j}>
                      {j > 0 && ' + '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-title" onClose={close}>
      {open && (
        <>
          <h2 id="shortcuts-title">{t('editor.keys.overlay.title')}</h2>
          {/* It scrolls on a small screen: focusable, so the keyboard can scroll it too. */}
          <div className="shortcuts__body" role="region" aria-labelledby="shortcuts-title" tabIndex={0}>
            {table(t('editor.keys.overlay.page'), editorRows(page))}
            {table(t('editor.keys.overlay.step'), editorRows(step))}
            {table(t('runCanvas.keys.overlay'), runRows)}
          </div>
          <div className="row dialog__actions">
            <button type="button" onClick={close}>
              {t('editor.keys.overlay.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
