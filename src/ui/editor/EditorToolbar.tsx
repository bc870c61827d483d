/**
 * The editor's toolbar: workflow name, the registered commands it offers
 * (undo, redo, auto-layout, find, add note; commands.ts), version history, test with sample data.
 */
import { useDocument, useEditorSession } from '../../state/editor/context';
import { useT } from '../i18n';
import { type CommandId, command, runCommand } from './commands';
import { TestRunControl } from './TestRunControl';

/** A toolbar button for a registered command: its label and hint, enabled as the command says. */
function CommandButton({ id }: { id: CommandId }) {
  const session = useEditorSession();
  const cmd = command(id);
  // Re-rendered on every document change, so `enabled` reads the current history and steps.
  const enabled = useDocument(() => cmd.enabled(session));
  const t = useT();
  return (
    <button type="button" onClick={() => runCommand(session, id)} disabled={!enabled} title={cmd.hint ? t(cmd.hint) : undefined}>
      {t(cmd.label)}
    </button>
  );
}

export function EditorToolbar({ historyOpen, onToggleHistory }: { historyOpen: boolean; onToggleHistory: () => void }) {
  const name = useDocument((s) => s.doc?.name);
  const t = useT();

  return (
    <div className="editor__toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <strong className="editor__name">{name}</strong>
      <CommandButton id="undo" />
      <CommandButton id="redo" />
      <CommandButton id="autoLayout" />
      <CommandButton id="find" />
      <CommandButton id="addNote" />
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        {t('editor.history')}
      </button>
      <TestRunControl />
    </div>
  );
}
