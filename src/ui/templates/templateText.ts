/**
 * A template's name and description in the UI's language. The template files
 * (src/domain/templates/*.json) are exports and stay English-only; their
 * words in every language live in the `templateItems` catalog area:
 * `templateItems.<id>.name` / `.description` (templateText.test.ts keeps
 * them complete and the English equal to the files). A template without
 * catalog entries shows its own words.
 */
import { isMessageKey } from '../i18n/catalog';
import type { MessageKey, Translate } from '../i18n';
import type { TemplateWords } from '../../state/templates';

/** The catalog key of a template's name or description, when the catalog has one. */
export function templateKey(id: string, part: 'name' | 'description'): MessageKey | undefined {
  const key = `templateItems.${id}.${part}`;
  return isMessageKey(key) ? key : undefined;
}

/** The template's name or description in the current language, else the file's own text. */
export function templateText(t: Translate, id: string, part: 'name' | 'description', fallback: string): string {
  const key = templateKey(id, part);
  return key ? t(key) : fallback;
}

/** Names and descriptions for workflows made from templates, in the current language (the catalog's words). */
export function templateWords(t: Translate): TemplateWords {
  return (id) => {
    const name = templateKey(id, 'name');
    const description = templateKey(id, 'description');
    return name && description ? { name: t(name), description: t(description) } : undefined;
  };
}
