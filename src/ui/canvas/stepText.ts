/**
 * A step's kind, app and name in a UI language: the catalog's own Polish
 * names for apps, triggers and actions, the message catalog for the rest.
 * The domain's describeStep stays English (run records, CLI).
 */
import { catalog } from '../../domain/catalog/catalog';
import type { Step } from '../../domain/workflow/document';
import { type Language, translateIn } from '../i18n';

export interface LocalizedStepText {
  kindLabel: string;
  appName: string;
  title: string;
}

function pick(language: Language, text: { en: string; pl?: string }): string {
  return language === 'pl' && text.pl ? text.pl : text.en;
}

export function describeStepIn(language: Language, step: Step): LocalizedStepText {
  const t = (key: Parameters<typeof translateIn>[1], params?: Parameters<typeof translateIn>[2]) => translateIn(language, key, params);
  switch (step.kind) {
    case 'trigger': {
      const app = catalog.byId.get(step.app);
      const trigger = app?.triggers.find((x) => x.id === step.trigger);
      return {
        kindLabel: t('canvas.kind.trigger'),
        appName: app ? pick(language, app.name) : step.app,
        title: trigger ? pick(language, trigger.name) : t('canvas.unknownTrigger', { id: step.trigger }),
      };
    }
    case 'action': {
      const app = catalog.byId.get(step.app);
      const action = app?.actions.find((x) => x.id === step.action);
      return {
        kindLabel: t('canvas.kind.action'),
        appName: app ? pick(language, app.name) : step.app,
        title: action ? pick(language, action.name) : t('canvas.unknownAction', { id: step.action }),
      };
    }
    case 'condition': {
      const count = step.criteria.items.length;
      return {
        kindLabel: t('canvas.kind.condition'),
        appName: t('canvas.logic'),
        title: count === 0 ? t('canvas.condition.empty') : t('canvas.condition.criteria', { count }),
      };
    }
    case 'wait': {
      const { amount, unit } = step.duration;
      return { kindLabel: t('canvas.kind.wait'), appName: t('canvas.logic'), title: t(`canvas.wait.${unit}`, { count: amount }) };
    }
  }
}
