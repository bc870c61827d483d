/**
 * The keys of a run shown on the canvas, registered once: the page handles
 * them (useRunKeys in RunCanvasView.tsx) and lists them (the Keyboard list
 * of the page and the editor's "?" overlay), both from here. `.` and `,`
 * step like a video player's frame keys, `K` plays and pauses; none of
 * them is a key of the canvas itself (arrows move and Delete removes
 * steps there, see the editor's commands).
 */
import type { MessageKey } from '../i18n';

export type RunKeyAction = 'next' | 'previous' | 'first' | 'last' | 'play';

export interface RunKey {
  action: RunKeyAction;
  label: MessageKey;
  /** KeyboardEvent.key values, compared case-insensitively. */
  keys: readonly string[];
}

export const RUN_KEYS: readonly RunKey[] = [
  { action: 'next', label: 'runCanvas.keys.next', keys: ['.'] },
  { action: 'previous', label: 'runCanvas.keys.previous', keys: [','] },
  { action: 'first', label: 'runCanvas.keys.first', keys: ['Home'] },
  { action: 'last', label: 'runCanvas.keys.last', keys: ['End'] },
  { action: 'play', label: 'runCanvas.keys.play', keys: ['k'] },
];

/** The action of a key press, if any: plain keys only, never while typing in a field or choosing in a select. */
export function runKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): RunKeyAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const target = e.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return undefined;
  if (target?.closest?.('dialog[open]')) return undefined;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return RUN_KEYS.find((k) => k.keys.some((candidate) => candidate.toLowerCase() === key.toLowerCase()))?.action;
}

/** How a key is written for people. */
export function keyText(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key;
}
