import { beforeAll, describe, expect, it } from 'vitest';
import { demoOrganization } from '../../domain/org/demo';
import { loadTemplates } from '../../state/templates';
import { templatesFor } from '../../state/templateUse';
import { loadCatalog } from '../i18n/catalog';
import { translateIn } from '../i18n';
import { en } from '../i18n/en';
import { templateKey, templateText } from './templateText';

const templates = templatesFor(demoOrganization('2026-01-01T00:00:00.000Z'), await loadTemplates());
const pl = (key: Parameters<typeof translateIn>[1]) => translateIn('pl', key);
const english = (key: Parameters<typeof translateIn>[1]) => translateIn('en', key);
beforeAll(() => loadCatalog('pl'));

describe('template names and descriptions in the UI languages', () => {
  it('covers every template of the gallery, with English equal to the template file', () => {
    expect(templates.length).toBeGreaterThan(10);
    for (const t of templates) {
      expect(templateKey(t.id, 'name'), t.id).toBeDefined();
      expect(templateKey(t.id, 'description'), t.id).toBeDefined();
      expect(templateText(english, t.id, 'name', '')).toBe(t.workflow.name);
      expect(templateText(english, t.id, 'description', '')).toBe(t.workflow.description);
    }
  });

  it('has a Polish name and description for each, different from the English', () => {
    for (const t of templates) {
      const name = templateText(pl, t.id, 'name', t.workflow.name);
      const description = templateText(pl, t.id, 'description', t.workflow.description);
      expect(name, t.id).not.toBe(t.workflow.name);
      expect(description, t.id).not.toBe(t.workflow.description);
    }
  });

  it('keeps no catalog entries for templates that no longer exist', () => {
    const ids = new Set(templates.map((t) => t.id));
    const stale = Object.keys(en)
      .filter((k) => k.startsWith('templateItems.'))
      .map((k) => k.replace(/^templateItems\./, '').replace(/\.(name|description)$/, ''))
      .filter((id) => !ids.has(id));
    expect(stale).toEqual([]);
  });

  it('falls back to the template file for a template the catalog does not know', () => {
    expect(templateText(pl, 'made-up', 'name', 'Own name')).toBe('Own name');
  });
});
