/**
 * Human names for steps: the app's name and the step's name, as run records
 * and the CLI show them, in English (the UI words them in its language).
 * Each kind names its steps (kinds/*.ts `describe`).
 */
import type { CatalogIndex } from '../catalog/catalog';
import type { Step } from './document';
import { kindOf } from './kinds/registry';

export interface StepDescription {
  /** The kind's name: "Trigger", "Wait". */
  kindLabel: string;
  /** The app's name; "Logic" for steps of no app. */
  appName: string;
  /** The step's own name: the trigger or action name, or a summary. */
  title: string;
}

export function describeStep(catalog: CatalogIndex, step: Step): StepDescription {
  const kind = kindOf(step.kind);
  return { kindLabel: kind.label, ...kind.describe(step, catalog) };
}
