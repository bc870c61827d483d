/** The editor's message line: refusals (role alert) and notices (role status), dismissable. */
import { useEditorUi } from '../../state/editor/context';
import type { EditorNoticeCode } from '../../state/editor/uiStore';
import { useLanguage, useT, type MessageKey } from '../i18n';
import { refusalText } from '../i18n/domainText';

const NOTICE_KEYS: Record<EditorNoticeCode, MessageKey> = {
  'connector-condition': 'editor.notice.connectorCondition',
  'trigger-replaced': 'editor.notice.triggerReplaced',
  'steps-far-apart': 'editor.notice.stepsFarApart',
};

export function EditorMessage() {
  const message = useEditorUi((s) => s.message);
  const dismiss = useEditorUi((s) => s.dismissMessage);
  const t = useT();
  const language = useLanguage();
  if (!message) return null;
  const text = message.code ? t(NOTICE_KEYS[message.code]) : message.refusal ? refusalText(language, message.refusal) : message.text;
  return (
    <div className={`editor__message editor__message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <span>{text}</span>
      {message.action && (
        <button type="button" onClick={() => (message.action!.run(), dismiss())}>
          {message.action.label}
        </button>
      )}
      <button type="button" aria-label={t('editor.dismissMessage')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
