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

export function ShortcutsDialog() {
  const session = useEditorSession();
  const open = useStore(session.ui, (s) => s.keyboardDialog?.kind === 'shortcuts');
  const ref = useModalDialog(open);
  const t = useT();

  const close = () => {
    if (session.ui.getState().keyboardDialog?.kind === 'shortcuts') session.ui.getState().openKeyboardDialog(undefined);
  };
  const { page, step } = listedCommands();
  const table = (caption: string, commands: EditorCommand[]) => (
    <table className="shortcuts__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('editor.keys.overlay.command')}</th>
          <th scope="col">{t('editor.keys.overlay.keys')}</th>
        </tr>
      </thead>
      <tbody>
        {commands.map((c) => (
          <tr key={c.id}>
            <th scope="row">{t(c.label)}</th>
            <td>
              {uniqueShortcuts(c).map((s, i) => (
                <span key={i}>
                  {i > 0 && ` ${t('editor.keys.overlay.or')} `}
                  {shortcutKeys(s).map((k, j) => (
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
            {table(t('editor.keys.overlay.page'), page)}
            {table(t('editor.keys.overlay.step'), step)}
            <table className="shortcuts__table">
              <caption>{t('runCanvas.keys.overlay')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('editor.keys.overlay.command')}</th>
                  <th scope="col">{t('editor.keys.overlay.keys')}</th>
                </tr>
              </thead>
              <tbody>
                {RUN_KEYS.map((k) => (
                  <tr key={k.action}>
                    <th scope="row">{t(k.label)}</th>
                    <td>
                      {k.keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && ` ${t('editor.keys.overlay.or')} `}
                          <kbd>{keyText(key)}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
