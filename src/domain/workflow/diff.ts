/**
 * What changed between two versions of a workflow, for the history panel:
 * steps added, removed and changed (each changed field with its value
 * before and after), links added and removed, and workflow-level changes.
 */
import type { CatalogIndex } from '../catalog/catalog';
import { describeStep } from './describe';
import type { Link, Step, StickyNote, Workflow } from './document';
import { type FieldChange, changeRecorder } from './kinds/base';
import { kindOf } from './kinds/registry';

export type { FieldChange } from './kinds/base';

export interface StepChange {
  stepId: string;
  name: string;
  changes: FieldChange[];
}

export interface WorkflowDiff {
  added: { stepId: string; name: string }[];
  removed: { stepId: string; name: string }[];
  changed: StepChange[];
  linksAdded: string[];
  linksRemoved: string[];
  /** Name, description, activation. */
  workflow: FieldChange[];
  /** Sticky notes added, removed, or with a new text or colour (moving and resizing are layout, as for steps). */
  notes: NoteChange[];
}

export interface NoteChange {
  noteId: string;
  change: 'added' | 'removed' | 'changed';
  /** The note's first line (of its text now, or when it was removed), at most 60 characters; '' for an empty note. */
  excerpt: string;
  /** For a changed note: `text` and `color`, before and after. */
  changes: FieldChange[];
}

/** A note's first non-empty line, cut to 60 characters. */
export function noteExcerpt(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function noteChanges(before: readonly StickyNote[], after: readonly StickyNote[]): NoteChange[] {
  const old = new Map(before.map((n) => [n.id, n]));
  const now = new Set(after.map((n) => n.id));
  const out: NoteChange[] = [];
  for (const note of after) {
    const was = old.get(note.id);
    if (!was) {
      out.push({ noteId: note.id, change: 'added', excerpt: noteExcerpt(note.text), changes: [] });
      continue;
    }
    const changes: FieldChange[] = [];
    const add = changeRecorder(changes);
    add('text', was.text, note.text);
    add('color', was.color, note.color);
    if (changes.length > 0) out.push({ noteId: note.id, change: 'changed', excerpt: noteExcerpt(note.text), changes });
  }
  for (const note of before) {
    if (!now.has(note.id)) out.push({ noteId: note.id, change: 'removed', excerpt: noteExcerpt(note.text), changes: [] });
  }
  return out;
}

/** Field-by-field changes of one step; positions are left out (moving is not a change of meaning). */
function stepChanges(before: Step, after: Step): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = changeRecorder(changes);
  add('note', before.note, after.note);
  if (before.kind !== after.kind) {
    add('kind', before.kind, after.kind);
    return changes;
  }
  return [...changes, ...kindOf(before.kind).diff(before, after)];
}

/** Compares two versions of one workflow. */
export function diffWorkflows(catalog: CatalogIndex, before: Workflow, after: Workflow): WorkflowDiff {
  const name = (s: Step) => {
    const d = describeStep(catalog, s);
    return `${d.appName} · ${d.title}`;
  };
  const beforeSteps = new Map(before.steps.map((s) => [s.id, s]));
  const afterSteps = new Map(after.steps.map((s) => [s.id, s]));
  const linkKey = (l: Link) => {
    const from = afterSteps.get(l.from) ?? beforeSteps.get(l.from);
    const to = afterSteps.get(l.to) ?? beforeSteps.get(l.to);
    const label = from && kindOf(from.kind).portLabels[l.port];
    const port = label ? ` (${label})` : '';
    return `${from ? name(from) : l.from}${port} → ${to ? name(to) : l.to}`;
  };
  const beforeLinks = new Set(before.links.map(linkKey));
  const afterLinks = new Set(after.links.map(linkKey));
  const workflow: FieldChange[] = [];
  const changed = changeRecorder(workflow);
  changed('name', before.name, after.name);
  changed('description', before.description, after.description);
  changed('activation', before.activation, after.activation);
  return {
    added: after.steps.filter((s) => !beforeSteps.has(s.id)).map((s) => ({ stepId: s.id, name: name(s) })),
    removed: before.steps.filter((s) => !afterSteps.has(s.id)).map((s) => ({ stepId: s.id, name: name(s) })),
    changed: after.steps.flatMap((s) => {
      const old = beforeSteps.get(s.id);
      const changes = old ? stepChanges(old, s) : [];
      return changes.length > 0 ? [{ stepId: s.id, name: name(s), changes }] : [];
    }),
    linksAdded: [...afterLinks].filter((l) => !beforeLinks.has(l)),
    linksRemoved: [...beforeLinks].filter((l) => !afterLinks.has(l)),
    workflow,
    notes: noteChanges(before.notes, after.notes),
  };
}

/** One line for the history list: "2 steps added, 1 changed". */
export function summarizeDiff(diff: WorkflowDiff): string {
  const parts: string[] = [];
  const count = (n: number, what: string) => n > 0 && parts.push(`${n} ${n === 1 ? 'step' : 'steps'} ${what}`);
  count(diff.added.length, 'added');
  count(diff.removed.length, 'removed');
  count(diff.changed.length, 'changed');
  const links = diff.linksAdded.length + diff.linksRemoved.length;
  if (links > 0) parts.push(`${links} ${links === 1 ? 'link' : 'links'} changed`);
  for (const change of ['added', 'removed', 'changed'] as const) {
    const n = diff.notes.filter((c) => c.change === change).length;
    if (n > 0) parts.push(`${n} ${n === 1 ? 'note' : 'notes'} ${change}`);
  }
  for (const w of diff.workflow) parts.push(w.field === 'name' ? `renamed to “${w.after}”` : `${w.field} changed`);
  return parts.length > 0 ? parts.join(', ') : 'Layout changed';
}
