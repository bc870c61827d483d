/**
 * The inspector of one sticky note: its Markdown text (the same
 * `editStickyNote` as typing on the canvas, one undo entry per burst), its
 * colour as a radio group of named colours, and Delete. Says plainly that a
 * note never runs and what of it reaches Shopify Flow.
 */
import { useId } from 'react';
import { NOTE_COLORS, MAX_NOTE_CHARS } from '../../domain/workflow/stickyNotes';
import { useDocument, useEditorSession } from '../../state/editor/context';
import { NOTE_COLOR_LABELS, noteStyle } from '../canvas/nodes/noteColors';
import { runCommand } from '../editor/commands';
import { useT } from '../i18n';

export function NoteInspector({ noteId }: { noteId: string }) {
  const note = useDocument((s) => s.doc?.notes.find((n) => n.id === noteId));
  const session = useEditorSession();
  const t = useT();
  const id = useId();
  if (!note) return null;
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">{t('notes.inspector.title')}</h2>
      <p className="muted">{t('notes.inspector.about')}</p>
      <div className="inspector__field inspector__section">
        <label htmlFor={`${id}-text`}>{t('notes.edit.label')}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          maxLength={MAX_NOTE_CHARS}
          value={note.text}
          onChange={(e) => session.apply({ type: 'editStickyNote', id: note.id, text: e.target.value }, { coalesceKey: `note-text:${note.id}` })}
        />
      </div>
      <fieldset className="inspector__section note-colors">
        <legend>{t('notes.color.label')}</legend>
        {NOTE_COLORS.map((color) => (
          <label key={color} className="note-colors__option">
            <input
              type="radio"
              name={`${id}-color`}
              value={color}
              checked={note.color === color}
              onChange={() => session.apply({ type: 'recolorStickyNote', id: note.id, color })}
            />
            <span className="note-colors__swatch" style={noteStyle(color)} aria-hidden="true" />
            {t(NOTE_COLOR_LABELS[color])}
          </label>
        ))}
      </fieldset>
      <button type="button" className="danger" onClick={() => runCommand(session, 'delete')}>
        {t('notes.inspector.delete')}
      </button>
    </div>
  );
}
