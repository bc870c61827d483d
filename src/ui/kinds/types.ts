/**
 * The UI's part of a step kind: how its steps are named in the UI's
 * language, the settings the inspector shows for them, the names of its
 * ports, and the entries the Actions palette offers for it (its Logic and
 * Data sections). One module per kind in this folder, registered in index.ts, next to
 * the domain's definition (domain/workflow/kinds) and the engine's handler
 * (engine/kinds). Canvas nodes are drawn from the domain's ports by
 * canvas/nodes/StepNodes.tsx. The form that edits a kind's steps is
 * registered with the inspector (inspector/KindSettings.tsx), apart from
 * these words, so that pages which only name steps (runs, sandbox) don't
 * load the editor's forms.
 */
import type { LocalizedText } from '../../domain/catalog/manifest';
import type { Port, StepKind, StepOf } from '../../domain/workflow/document';
import type { KindArgs } from '../../domain/workflow/kinds/registry';
import type { Language, MessageKey } from '../i18n';

/** A step's kind, app and name in a UI language (canvas nodes, the inspector, run steps). */
export interface LocalizedStepText {
  kindLabel: string;
  appName: string;
  title: string;
  /** The catalog id of the app named, when the step belongs to one (its mark is drawn beside the name). */
  appId?: string;
}

/** What heads a step's settings in the inspector: the app's name over the step's name. */
export interface StepHeading {
  app: string;
  name: string;
}

/** The sections of the Actions palette that kinds fill (apps' actions are grouped by app instead). */
export const KIND_PALETTE_SECTIONS = ['logic', 'data'] as const;
export type KindPaletteSection = (typeof KIND_PALETTE_SECTIONS)[number];

/**
 * One entry a kind offers in the Actions palette: its section, the args a
 * step made from it gets (the domain kind's `args` schema: a Get data entry
 * names its resource), and its name and one-line description in both
 * languages (the palette's search reads both). Never a connector:
 * connectors can't be conditions.
 */
export interface KindPaletteEntry<K extends StepKind = StepKind> {
  section: KindPaletteSection;
  args: KindArgs<K>;
  name: LocalizedText;
  description: LocalizedText;
}

/** The parts of a step's run record the run view shows as sections. */
export type RecordSection = 'input' | 'rendered' | 'output';

export interface UiKind<K extends StepKind> {
  readonly kind: K;
  text(step: StepOf<K>, language: Language): LocalizedStepText;
  heading(step: StepOf<K>, language: Language): StepHeading;
  /** Message keys of the names of the kind's ports that have one. */
  readonly portLabels: Partial<Record<Port, MessageKey>>;
  /**
   * What the Actions palette offers of the kind, in order: one entry per
   * set of args (several for Get data, one per resource). Triggers and
   * actions are offered per app instead, so they declare none.
   */
  readonly paletteEntries?: readonly KindPaletteEntry<K>[];
  /**
   * Names for people of the fields the kind's run records hold (input,
   * rendered fields, output: Get data's `matched` is "Matched"), by field
   * key; a field without one shows its key. Values are shown generically.
   */
  readonly recordFields?: Readonly<Record<string, MessageKey>>;
  /**
   * Titles of the sections of the kind's run records, where the generic
   * ones ("Input", "Rendered fields", "Output") would say less: Send Admin
   * API request's rendered fields are its request, its output the response.
   */
  readonly recordSections?: Partial<Record<RecordSection, MessageKey>>;
}
