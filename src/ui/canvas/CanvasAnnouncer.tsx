/**
 * The canvas's live region: says what a keyboard edit did (a step moved and
 * where to, the step focus moved to and how many links leave it, that there
 * is no step that way). The state layer announces codes; this words them.
 */
import { useStore } from 'zustand';
import type { Announcement } from '../../state/editor/uiStore';
import { useEditorSession } from '../../state/editor/context';
import { type MessageKey, type Translate, useLanguage, useT } from '../i18n';
import { PORT_LABELS, stepTextIn } from '../kinds';
import type { Port, Step } from '../../domain/workflow/document';
import type { Language } from '../i18n';

/** The words of an announcement; `step` is the step it names, if it still exists. */
export function announcementText(t: Translate, language: Language, a: Announcement, step: Step | undefined): string {
  const name = step ? stepName(language, step) : '';
  switch (a.code) {
    case 'step-moved':
      return t('editor.keys.announce.moved', { step: name, x: a.params?.x ?? 0, y: a.params?.y ?? 0 });
    case 'step-focused':
      return t('editor.keys.announce.focused', { step: name, count: Number(a.params?.out ?? 0) });
    case 'no-step-there':
      return t(`editor.keys.announce.none.${String(a.params?.direction)}` as MessageKey);
    case 'no-free-port':
      return t('editor.keys.announce.noFreePort', { step: name });
    case 'note-moved':
      return t('notes.announce.moved', { x: a.params?.x ?? 0, y: a.params?.y ?? 0 });
    case 'linked': {
      const port = PORT_LABELS[a.params?.port as Port];
      return t('editor.keys.announce.linked', { step: name, port: port ? t(port) : String(a.params?.port) });
    }
  }
}

/** "Condition: Rating below 3": the kind and what the step says it does. */
export function stepName(language: Language, step: Step): string {
  const { kindLabel, title } = stepTextIn(language, step);
  return `${kindLabel}: ${title}`;
}

export function CanvasAnnouncer() {
  const session = useEditorSession();
  const announcement = useStore(session.ui, (s) => s.announcement);
  const step = useStore(session.document, (s) => s.doc?.steps.find((st) => st.id === announcement?.stepId));
  const t = useT();
  const language = useLanguage();
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="canvas-announcer">
      {announcement ? announcementText(t, language, announcement, step) : ''}
    </div>
  );
}
