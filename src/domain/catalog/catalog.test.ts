import { describe, expect, it } from 'vitest';
import { buildCatalog, catalog } from './catalog';
import slack from './apps/slack.json';

describe('buildCatalog', () => {
  it('parses the built-in manifests and freezes the result', () => {
    expect(catalog.apps.length).toBeGreaterThan(0);
    expect(Object.isFrozen(catalog.apps[0])).toBe(true);
    expect(() => {
      (catalog.apps[0]!.name as { en: string }).en = 'changed';
    }).toThrow();
  });

  it('names the file and JSON path of each problem in a bad manifest', () => {
    const broken = structuredClone(slack) as Record<string, unknown>;
    (broken.actions as { inputs: { type: string }[] }[])[0]!.inputs[0]!.type = 'colour';
    expect(() => buildCatalog({ './apps/slack.json': broken })).toThrow(
      /slack\.json: \$\.actions\[0\]\.inputs\[0\]\.type: must be one of/,
    );
  });

  it('rejects a manifest whose file name does not match its id', () => {
    expect(() => buildCatalog({ './apps/chat.json': slack })).toThrow(/must be named slack\.json/);
  });
});
