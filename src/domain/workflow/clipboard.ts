/**
 * The clipboard format for copied steps: JSON that names itself, parsed with
 * zod on paste so that anything else on the clipboard gets a clear message.
 * Sticky notes selected with the steps (or alone) travel in `notes`, absent
 * from what was copied before notes existed.
 */
import { z } from 'zod';
import { formatIssues } from '../zodIssues';
import type { Refusal } from './operationError';
import { Link, Step } from './document';
import { StickyNote } from './stickyNotes';

export const CLIPBOARD_FORMAT = 'flowbench-steps';

export const ClipboardSteps = z
  .strictObject({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(1),
    steps: z.array(Step).max(5000),
    links: z.array(Link),
    notes: z.array(StickyNote).max(1000).default([]),
  })
  .refine((c) => c.steps.length + c.notes.length > 0, { message: 'nothing was copied', path: ['steps'] });
export type ClipboardSteps = z.infer<typeof ClipboardSteps>;

/** Serialises steps and the links among them, and sticky notes. */
export function copySteps(steps: readonly Step[], links: readonly Link[], notes: readonly StickyNote[] = []): string {
  const ids = new Set(steps.map((s) => s.id));
  const payload: ClipboardSteps = {
    format: CLIPBOARD_FORMAT,
    version: 1,
    steps: [...steps],
    links: links.filter((l) => ids.has(l.from) && ids.has(l.to)),
    notes: [...notes],
  };
  return JSON.stringify(payload, null, 2);
}

/** Parses clipboard text; on failure the refusal says why (`error` in English, a code for the UI). */
export function parseClipboard(text: string): { ok: true; value: ClipboardSteps } | { ok: false; error: string; refusal: Refusal } {
  const refuse = (refusal: Refusal) => ({ ok: false as const, error: refusal.message, refusal });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: 'clipboard-not-json', message: 'The clipboard does not hold Flowbench steps (it is not JSON).' });
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== CLIPBOARD_FORMAT) {
    return refuse({ code: 'clipboard-not-steps', message: 'The clipboard does not hold Flowbench steps.' });
  }
  const parsed = ClipboardSteps.safeParse(json);
  if (!parsed.success) {
    const details = formatIssues(parsed.error.issues).slice(0, 3).join('; ');
    return refuse({ code: 'clipboard-invalid', params: { details }, message: `The copied steps can't be pasted: ${details}` });
  }
  return { ok: true, value: parsed.data };
}
