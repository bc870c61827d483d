/**
 * The UI's step kinds, one module per kind of the domain's registry
 * (domain/workflow/kinds/registry.ts). The mapped type makes a kind without
 * its UI part a compile error; kinds.test.ts checks every layer at run time.
 * Everything in the UI that depends on a step's kind goes through here.
 */
import type { Port, Step, StepKind } from '../../domain/workflow/document';
import { STEP_KIND_NAMES } from '../../domain/workflow/kinds/registry';
import type { PaletteItem } from '../../state/editor/commands';
import type { Language, MessageKey } from '../i18n';
import { actionUi } from './action';
import { conditionUi } from './condition';
import { forEachUi } from './forEach';
import { foreignUi } from './foreign';
import { getDataUi } from './getData';
import { logUi } from './log';
import { triggerUi } from './trigger';
import type { LocalizedStepText, LogicPaletteEntry, StepHeading, UiKind } from './types';
import { waitUi } from './wait';

export const UI_KINDS: { readonly [K in StepKind]: UiKind<K> } = {
  trigger: triggerUi,
  action: actionUi,
  condition: conditionUi,
  wait: waitUi,
  log: logUi,
  forEach: forEachUi,
  getData: getDataUi,
  foreign: foreignUi,
};

/** A kind's UI seen through a step of any kind: looked up by the step's own kind, so the step always fits. */
function uiOf(step: Step): UiKind<StepKind> {
  return UI_KINDS[step.kind] as unknown as UiKind<StepKind>;
}

/** A step's kind, app and name in the language. */
export function stepTextIn(language: Language, step: Step): LocalizedStepText {
  return uiOf(step).text(step, language);
}

/** The heading of a step's settings in the language. */
export function stepHeadingIn(language: Language, step: Step): StepHeading {
  return uiOf(step).heading(step, language);
}

/** Message keys of the port names, whichever kind has the port (a port's name means the same everywhere). */
export const PORT_LABELS: Partial<Record<Port, MessageKey>> = Object.assign({}, ...STEP_KIND_NAMES.map((k) => UI_KINDS[k].portLabels));

/** The Logic section of the Actions palette, in the order of the registry: never a connector. */
export const LOGIC_PALETTE: readonly { item: PaletteItem; entry: LogicPaletteEntry }[] = STEP_KIND_NAMES.flatMap((kind) => {
  const entry = UI_KINDS[kind].logicPalette;
  return entry ? [{ item: { kind } as PaletteItem, entry }] : [];
});

export type { LocalizedStepText, StepHeading, UiKind } from './types';
