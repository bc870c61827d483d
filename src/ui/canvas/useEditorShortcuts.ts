/**
 * Editor keyboard shortcuts. Undo and redo work wherever focus is on the
 * editor page (canvas or inspector), because canvas and inspector share one
 * history. Copy, cut, paste, duplicate and select-all act on steps only when
 * focus is not in a text field, where they keep their usual meaning.
 * (Delete and Backspace are handled by React Flow on the canvas.)
 */
import { useEffect } from 'react';
import { copySteps, parseClipboard } from '../../domain/workflow/clipboard';
import { cloneSteps, removeSelected } from '../../state/editor/commands';
import { useDocumentStore } from '../../state/editor/documentStore';
import { useEditorUi } from '../../state/editor/uiStore';
import { translate } from '../i18n';

const PASTE_OFFSET = { x: 40, y: 40 };

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function selectedSteps() {
  const doc = useDocumentStore.getState().doc;
  const ids = new Set(useEditorUi.getState().selection);
  return { doc, steps: doc?.steps.filter((s) => ids.has(s.id)) ?? [] };
}

function addCopies(text: string): void {
  const ui = useEditorUi.getState();
  const parsed = parseClipboard(text);
  if (!parsed.ok) {
    ui.showMessage(parsed.error, 'error');
    return;
  }
  const copies = cloneSteps(parsed.value.steps, parsed.value.links, PASTE_OFFSET);
  const result = useDocumentStore.getState().dispatch({ type: 'addSteps', steps: copies.steps, links: copies.links });
  if (result.ok) ui.setSelection(copies.steps.map((s) => s.id));
  else ui.showMessage(result.reason, 'error');
}

async function copySelection(cut: boolean): Promise<void> {
  const { doc, steps } = selectedSteps();
  if (!doc || steps.length === 0) return;
  try {
    await navigator.clipboard.writeText(copySteps(steps, doc.links));
  } catch {
    useEditorUi.getState().showMessage(translate('canvas.clipboard.writeDenied'), 'error');
    return;
  }
  if (cut) removeSelected();
}

async function paste(): Promise<void> {
  let text: string;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    useEditorUi.getState().showMessage(translate('canvas.clipboard.readDenied'), 'error');
    return;
  }
  addCopies(text);
}

function duplicate(): void {
  const { doc, steps } = selectedSteps();
  if (doc && steps.length > 0) addCopies(copySteps(steps, doc.links));
}

export function handleEditorKey(e: KeyboardEvent): void {
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return;
  const key = e.key.toLowerCase();
  const docStore = useDocumentStore.getState();
  if (key === 'z' && !e.shiftKey) {
    e.preventDefault();
    docStore.undo();
    return;
  }
  if ((key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey)) {
    e.preventDefault();
    docStore.redo();
    return;
  }
  if (isEditable(e.target)) return;
  switch (key) {
    case 'c':
      e.preventDefault();
      void copySelection(false);
      break;
    case 'x':
      e.preventDefault();
      void copySelection(true);
      break;
    case 'v':
      e.preventDefault();
      void paste();
      break;
    case 'd':
      e.preventDefault();
      duplicate();
      break;
    case 'a':
      e.preventDefault();
      useEditorUi.getState().setSelection(docStore.doc?.steps.map((s) => s.id) ?? []);
      break;
  }
}

/** Installs the shortcuts while the editor page is mounted. */
export function useEditorShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleEditorKey);
    return () => window.removeEventListener('keydown', handleEditorKey);
  }, []);
}
