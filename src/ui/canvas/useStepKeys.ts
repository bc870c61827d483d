/**
 * The canvas's keyboard editing: which step has keyboard focus (kept in the
 * UI store, where the commands read it), the step-scoped shortcuts of the
 * command registry, and bringing a step into view and focus when a command
 * asks (moving along links).
 *
 * Step shortcuts are caught in the capture phase, before React Flow's node
 * handler: React Flow moves a selected node itself on arrow keys, changing
 * only its own copy of the position (no drag stop, so no operation, no undo,
 * no autosave). Caught here, an arrow key runs our command instead, which
 * dispatches the same moveSteps as a drag. The same goes for the rectangle
 * React Flow draws (and focuses) around a box selection: its arrow keys move
 * every selected step, through our command, not React Flow's.
 */
import { useReactFlow } from '@xyflow/react';
import { type FocusEvent, type KeyboardEvent, useCallback, useEffect } from 'react';
import type { EditorSession } from '../../state/editor/session';
import { commandForKey } from '../editor/commands';

const NODE = '.react-flow__node';
const BOX_SELECTION = '.react-flow__nodesselection';

function stepIdOf(target: EventTarget | null): string | undefined {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return undefined;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || (el as HTMLElement).isContentEditable) return undefined;
  return el.closest(NODE)?.getAttribute('data-id') ?? undefined;
}

function nodeElement(root: Element, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`${NODE}[data-id="${CSS.escape(id)}"]`);
}

/** Handlers for the canvas's wrapper, and the focus requests of the session, while the canvas is mounted. */
export function useStepKeys(session: EditorSession, wrapper: React.RefObject<HTMLElement | null>) {
  const { getInternalNode, setCenter, getZoom } = useReactFlow();

  useEffect(() => {
    let observer: MutationObserver | undefined;
    const stop = session.ui.subscribe((state, prev) => {
      const request = state.focusRequest;
      const root = wrapper.current;
      if (!request || request === prev.focusRequest || !root) return;
      observer?.disconnect();
      const focus = (el: HTMLElement) => el.focus();
      // React Flow keeps a node hidden until it is measured, and a hidden element takes no focus.
      const ready = (el: HTMLElement | null): el is HTMLElement => !!el && el.style.visibility !== 'hidden';
      const shown = nodeElement(root, request.stepId);
      if (ready(shown)) return focus(shown);
      // Not rendered (off screen, since only visible nodes are; or just added): centre it once React Flow
      // knows it, and focus it when it is rendered.
      let centred = false;
      const centre = () => {
        const node = getInternalNode(request.stepId);
        if (!node || centred) return;
        centred = true;
        const { width = 0, height = 0 } = node.measured;
        void setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, { zoom: getZoom() });
      };
      centre();
      observer = new MutationObserver(() => {
        const appeared = nodeElement(root, request.stepId);
        const doc = session.document.getState().doc;
        const gone = !doc?.steps.some((st) => st.id === request.stepId) && !doc?.notes.some((n) => n.id === request.stepId);
        if (gone) return observer?.disconnect();
        if (!ready(appeared)) return appeared ? undefined : centre();
        observer?.disconnect();
        focus(appeared);
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    return () => {
      stop();
      observer?.disconnect();
    };
  }, [session, wrapper, getInternalNode, setCenter, getZoom]);

  const onFocus = useCallback(
    (e: FocusEvent) => {
      const id = stepIdOf(e.target);
      if (id) session.ui.getState().setFocusedStep(id);
    },
    [session],
  );

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent) => {
      const inBox = typeof (e.target as Element | null)?.closest === 'function' && !!(e.target as Element).closest(BOX_SELECTION);
      // On a box selection the keys act on the selection, as if its first step had focus (moves take the whole selection).
      const id = stepIdOf(e.target) ?? (inBox ? session.ui.getState().selection[0] : undefined);
      if (!id) return;
      const cmd = commandForKey(e.nativeEvent, 'step');
      if (!cmd) return;
      session.ui.getState().setFocusedStep(id);
      // A command that doesn't apply here (Enter edits a note, not a step) leaves the key to React Flow.
      if (!cmd.enabled(session)) return;
      e.preventDefault();
      e.stopPropagation(); // React Flow's own arrow-key move would bypass the document (see the module header)
      void cmd.perform(session);
    },
    [session],
  );

  return { onFocus, onKeyDownCapture };
}
