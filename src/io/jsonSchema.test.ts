import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_URL } from './exportFormat';
import { EXPORT_SCHEMA_FILE, exportJsonSchema, exportJsonSchemaText } from './jsonSchema';
import { STEP_KIND_NAMES } from '../domain/workflow/kinds/registry';

type Json = Record<string, unknown>;

describe('the published JSON Schema', () => {
  it('is committed up to date with the zod schema', () => {
    const committed = readFileSync(EXPORT_SCHEMA_FILE, 'utf8');
    if (committed !== exportJsonSchemaText()) {
      expect.fail(`${EXPORT_SCHEMA_FILE} is out of date with the zod schema: run npm run schema`);
    }
  });

  it('is served where every export\'s $schema points', () => {
    expect(EXPORT_SCHEMA_FILE).toBe(`public${EXPORT_SCHEMA_URL}`);
  });

  it('describes real step shapes, one per kind, not an opaque "any"', () => {
    const defs = exportJsonSchema().$defs as Record<string, Json>;
    const kinds = (defs.Step!.oneOf as Json[]).map((s) => ((s.properties as Json).kind as Json).const);
    expect(kinds).toEqual([...STEP_KIND_NAMES]);
    expect(kinds).toEqual(expect.arrayContaining(['trigger', 'action', 'condition', 'wait', 'log']));
    const action = (defs.Step!.oneOf as Json[])[1]!;
    expect(action.required).toEqual(['id', 'position', 'kind', 'app', 'action', 'fields']);
    expect(action.additionalProperties).toBe(false);
  });

  it('has no place for a secret in an installation', () => {
    const defs = exportJsonSchema().$defs as Record<string, Json>;
    expect(Object.keys(defs.Installation!.properties as Json)).toEqual(['storeId', 'appId', 'installedAt', 'settings']);
  });
});
