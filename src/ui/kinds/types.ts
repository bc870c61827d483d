/**
 * The UI's part of a step kind: how its steps are named in the UI's
 * language, the settings the inspector shows for them, the names of its
 * ports, and, for kinds the Actions palette offers as Logic, its palette
 * entry. One module per kind in this folder, registered in index.ts, next to
 * the domain's definition (domain/workflow/kinds) and the engine's handler
 * (engine/kinds). Canvas nodes are drawn from the domain's ports by
 * canvas/nodes/StepNodes.tsx. The form that edits a kind's steps is
 * registered with the inspector (inspector/KindSettings.tsx), apart from
 * these words, so that pages which only name steps (runs, sandbox) don't
 * load the editor's forms.
 */
import type { LocalizedText } from '../../domain/catalog/manifest';
import type { Port, StepKind, StepOf } from '../../domain/workflow/document';
import type { Language, MessageKey } from '../i18n';

/** A step's kind, app and name in a UI language (canvas nodes, the inspector, run steps). */
export interface LocalizedStepText {
  kindLabel: string;
  appName: string;
  title: string;
}

/** What heads a step's settings in the inspector: the app's name over the step's name. */
export interface StepHeading {
  app: string;
  name: string;
}

/** An entry of the Logic section of the Actions palette (never a connector: connectors can't be conditions). */
export interface LogicPaletteEntry {
  name: LocalizedText;
  description: LocalizedText;
}

export interface UiKind<K extends StepKind> {
  readonly kind: K;
  text(step: StepOf<K>, language: Language): LocalizedStepText;
  heading(step: StepOf<K>, language: Language): StepHeading;
  /** Message keys of the names of the kind's ports that have one. */
  readonly portLabels: Partial<Record<Port, MessageKey>>;
  /** Present for a kind offered in the palette's Logic section; triggers and actions are offered per app. */
  readonly logicPalette?: LogicPaletteEntry;
}
