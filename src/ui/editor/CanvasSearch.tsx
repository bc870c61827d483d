/**
 * The canvas search box (Ctrl/⌘+F or the toolbar's Find, both the `find`
 * command): a combobox whose listbox lists the steps found, each with its
 * kind, app and why it matched, and the sticky notes whose text matched. Enter and Shift+Enter (or the arrows) move
 * to the next and previous step: the viewport centres on it and it becomes
 * the selection the inspector follows; a live region says "3 of 7: <step>".
 * Escape closes it and gives focus back to where it was.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CanvasSearchHit } from '../../domain/workflow/canvasSearch/match';
import { noteExcerpt } from '../../domain/workflow/diff';
import { useEditorSession, useEditorUi } from '../../state/editor/context';
import { useLanguage, useT } from '../i18n';
import { stepTextIn } from '../kinds';
import { matchReasonText, queryIssueText, storeReasonsText } from './canvasSearchText';
import { useCanvasSearch } from './useCanvasSearch';
import './canvasSearch.css';

/** Shows the search box while the editor's search is open. */
export function CanvasSearch() {
  const open = useEditorUi((s) => s.search.open);
  return open ? <SearchBox /> : null;
}

function SearchBox() {
  const session = useEditorSession();
  const requests = useEditorUi((s) => s.search.requests);
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const { query, result, stepsById } = useCanvasSearch(text);
  const { getInternalNode, setCenter, getZoom } = useReactFlow();
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const hits = result.hits;
  const current = active >= 0 && active < hits.length ? active : -1;

  // Where focus was when the box opened, to give it back on close.
  useLayoutEffect(() => {
    returnTo.current = document.activeElement;
  }, []);
  // Every Ctrl+F or Find focuses the box again, its text selected.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [requests]);

  const close = () => {
    session.ui.getState().closeSearch();
    const back = returnTo.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };

  const go = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    session.ui.getState().setSelection([hit.stepId]);
    const node = getInternalNode(hit.stepId);
    if (node) {
      const { x, y } = node.internals.positionAbsolute;
      setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom: getZoom(), duration: 200 });
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if ((e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits.length > 0) {
      e.preventDefault();
      const back = (e.key === 'Enter' && e.shiftKey) || e.key === 'ArrowUp';
      const from = current === -1 ? (back ? 0 : -1) : current;
      go((from + (back ? -1 : 1) + hits.length) % hits.length);
    }
  };

  // A sticky note is named by its first line (the search found its text).
  const noteTitle = (hit: CanvasSearchHit) => {
    const reason = hit.reasons[0];
    return (reason?.code === 'sticky-note' && noteExcerpt(reason.text)) || t('notes.node.empty');
  };
  const title = (hit: CanvasSearchHit) => {
    if (hit.note) return noteTitle(hit);
    const step = stepsById.get(hit.stepId);
    return step ? stepTextIn(language, step).title : hit.stepId;
  };
  const status =
    current >= 0
      ? t('editor.search.position', { index: current + 1, count: hits.length, step: title(hits[current]!) })
      : text.trim() === ''
        ? ''
        : hits.length === 0
          ? t('editor.search.none')
          : t('editor.search.count', { count: hits.length });
  const notes = [
    ...query.issues.map((issue) => queryIssueText(t, issue)),
    ...result.unknownStores.map((store) => t('editor.search.unknownStore', { store })),
    ...result.unknownApps.map((app) => t('editor.search.unknownApp', { app })),
    ...result.workflow.map((w) => t('editor.search.workflowWontRun', { store: w.store, reasons: storeReasonsText(language, w.reasons) })),
  ];

  return (
    <div role="search" aria-label={t('editor.search.region')} className="canvas-search">
      <div className="canvas-search__row">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t('editor.search.label')}
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? `${id}-hit-${current}` : undefined}
          aria-describedby={`${id}-syntax`}
          placeholder={t('editor.search.placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" onClick={close} aria-label={t('editor.search.close')} title={t('editor.search.close')}>
          ×
        </button>
      </div>
      <p id={`${id}-syntax`} className="canvas-search__syntax muted">
        {t('editor.search.syntax')}
      </p>
      <p role="status" className="canvas-search__status">
        {status}
      </p>
      {notes.length > 0 && (
        <ul className="canvas-search__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ul role="listbox" id={`${id}-list`} aria-label={t('editor.search.results')} className="canvas-search__list" hidden={hits.length === 0}>
        {hits.map((hit, i) => {
          const step = stepsById.get(hit.stepId);
          const words = step ? stepTextIn(language, step) : undefined;
          return (
            <li
              key={hit.stepId}
              id={`${id}-hit-${i}`}
              role="option"
              aria-selected={i === current}
              className="canvas-search__hit"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(i)}
            >
              <span className="canvas-search__title">{hit.note ? noteTitle(hit) : (words?.title ?? hit.stepId)}</span>
              <span className="canvas-search__kind muted">
                {hit.note ? t('notes.search.kind') : words ? `${words.kindLabel} · ${words.appName}` : ''}
              </span>
              {!hit.note && <span className="canvas-search__why">{hit.reasons.map((r) => matchReasonText(t, language, r)).join('; ')}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
