/**
 * A sticky note on the canvas: its Markdown rendered (NoteMarkdown, loaded
 * lazily), a textarea while it is edited (double-click, or Enter on the
 * focused note; Escape or leaving the field ends), and React Flow's
 * NodeResizer while it is selected. Every change is an operation through
 * the session: typing is one undo entry per burst (its coalesce key), a
 * resize one `resizeStickyNote` when the drag ends, a move the same
 * `moveSteps` a step's drag dispatches (WorkflowCanvas.tsx). No handles:
 * a note is never linked.
 */
import { type Node, type NodeProps, NodeResizer, type ResizeParams } from '@xyflow/react';
import { Suspense, lazy, memo, useCallback, useEffect, useRef } from 'react';
import type { StickyNote } from '../../../domain/workflow/stickyNotes';
import { MIN_NOTE_HEIGHT, MIN_NOTE_WIDTH } from '../../../domain/workflow/stickyNotes';
import { useEditorSession } from '../../../state/editor/context';
import { useT } from '../../i18n';
import { noteStyle } from './noteColors';

const NoteMarkdown = lazy(() => import('./NoteMarkdown'));

/** A type literal, not an interface: React Flow wants node data assignable to Record<string, unknown>. */
export type StickyNoteData = {
  note: StickyNote;
  editing: boolean;
};
export type StickyNoteNodeType = Node<StickyNoteData, 'stickyNote'>;

export const StickyNoteNode = memo(function StickyNoteNode({ data, selected }: NodeProps<StickyNoteNodeType>) {
  const { note, editing } = data;
  const session = useEditorSession();
  const t = useT();
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing) return;
    const el = field.current;
    el?.focus();
    el?.setSelectionRange(el.value.length, el.value.length);
  }, [editing]);

  const stopEditing = useCallback(
    (refocus: boolean) => {
      const ui = session.ui.getState();
      if (ui.editingNote === note.id) ui.setEditingNote(undefined);
      if (refocus) ui.requestFocus(note.id);
    },
    [session, note.id],
  );

  const onResizeEnd = useCallback(
    (_: unknown, p: ResizeParams) => {
      const size = { width: Math.max(MIN_NOTE_WIDTH, Math.round(p.width)), height: Math.max(MIN_NOTE_HEIGHT, Math.round(p.height)) };
      session.apply({ type: 'resizeStickyNote', id: note.id, position: { x: Math.round(p.x), y: Math.round(p.y) }, size });
    },
    [session, note.id],
  );

  return (
    <div className={`sticky-note sticky-note--${note.color}`} style={noteStyle(note.color)} onDoubleClick={() => session.ui.getState().setEditingNote(note.id)}>
      <NodeResizer isVisible={selected && !editing} minWidth={MIN_NOTE_WIDTH} minHeight={MIN_NOTE_HEIGHT} onResizeEnd={onResizeEnd} />
      {editing ? (
        <textarea
          ref={field}
          className="sticky-note__field nodrag nowheel nopan"
          aria-label={t('notes.edit.label')}
          aria-describedby={`${note.id}-done`}
          value={note.text}
          maxLength={10_000}
          onChange={(e) => session.apply({ type: 'editStickyNote', id: note.id, text: e.target.value }, { coalesceKey: `note-text:${note.id}` })}
          onBlur={() => stopEditing(false)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              stopEditing(true);
            }
          }}
        />
      ) : note.text.trim() === '' ? (
        <p className="sticky-note__placeholder">{t('notes.node.placeholder')}</p>
      ) : (
        <div className="sticky-note__text nowheel">
          <Suspense fallback={<p className="sticky-note__plain">{note.text}</p>}>
            <NoteMarkdown text={note.text} />
          </Suspense>
        </div>
      )}
      {editing && (
        <span id={`${note.id}-done`} className="visually-hidden">
          {t('notes.edit.done')}
        </span>
      )}
    </div>
  );
});
