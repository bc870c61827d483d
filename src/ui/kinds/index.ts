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
import { adminApiUi } from './adminApi';
import { conditionUi } from './condition';
import { forEachUi } from './forEach';
import { foreignUi } from './foreign';
import { getDataUi } from './getData';
import { logUi } from './log';
import { runCodeUi } from './runCode';
import { triggerUi } from './trigger';
import type { KindPaletteEntry, KindPaletteSection, LocalizedStepText, RecordSection, StepHeading, UiKind } from './types';
import { waitUi } from './wait';

export const UI_KINDS: { readonly [K in StepKind]: UiKind<K> } = {
  trigger: triggerUi,
  action: actionUi,
  condition: conditionUi,
  wait: waitUi,
  log: logUi,
  forEach: forEachUi,
  getData: getDataUi,
  runCode: runCodeUi,
  adminApi: adminApiUi,
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

/** A kind's palette entry with the item it adds (the kind and the entry's args). */
export interface KindPaletteOffer {
  /** Unique in the palette: `<section>/<kind>/<n>`, n counting the kind's entries. */
  key: string;
  section: KindPaletteSection;
  item: PaletteItem;
  entry: KindPaletteEntry;
}

/**
 * What the kinds offer in the Actions palette's own sections (Logic, Data),
 * in the order of the registry and of each kind's entries. A kind's UI
 * module only declares its `paletteEntries`; nothing here names a kind.
 */
export const KIND_PALETTE: readonly KindPaletteOffer[] = STEP_KIND_NAMES.flatMap((kind) =>
  ((UI_KINDS[kind] as unknown as UiKind<StepKind>).paletteEntries ?? []).map((entry, n) => ({
    key: `${entry.section}/${kind}/${n}`,
    section: entry.section,
    item: { kind, ...entry.args } as PaletteItem,
    entry: entry as KindPaletteEntry,
  })),
);

/** A kind's name for a field of its run records (see UiKind.recordFields), if it has one; own keys only. */
export function recordFieldLabel(kind: StepKind, key: string): MessageKey | undefined {
  const fields = UI_KINDS[kind].recordFields;
  return fields && Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** A kind's title for a section of its run records (see UiKind.recordSections), if it has its own. */
export function recordSectionTitle(kind: StepKind, section: RecordSection): MessageKey | undefined {
  return UI_KINDS[kind].recordSections?.[section];
}

export { KIND_PALETTE_SECTIONS, type KindPaletteSection, type LocalizedStepText, type StepHeading, type UiKind } from './types';
