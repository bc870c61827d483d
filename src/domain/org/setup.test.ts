import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog as catalog } from '../catalog/builtIn';
import { checkCustomApp } from '../catalog/customApps';
import { validateSetup } from './setup';

const slack = catalog.byId.get('slack')!;
const loox = catalog.byId.get('loox')!;

describe('validateSetup', () => {
  it('accepts complete values', () => {
    expect(validateSetup(slack, { workspace: 'acme', botToken: 'xoxb-1' })).toEqual([]);
  });
  it('names each missing required field', () => {
    expect(validateSetup(slack, { workspace: ' ' })).toEqual([
      { field: 'workspace', message: 'Slack workspace is required.' },
      { field: 'botToken', message: 'Bot token is required.' },
    ]);
  });
  it('keeps an already stored secret when its input is left empty', () => {
    expect(validateSetup(slack, { workspace: 'acme', botToken: '' }, ['botToken'])).toEqual([]);
  });
  it('refuses a value that is not one of a select field’s options', () => {
    expect(validateSetup(loox, { plan: 'gold' })).toEqual([
      { field: 'plan', message: 'Loox plan must be one of the listed options.' },
    ]);
  });
  it('refuses a setting the manifest does not declare', () => {
    expect(validateSetup(loox, { plan: 'scale', colour: 'red' })[0]?.message).toMatch(/no setting called "colour"/);
  });
  it('checks e-mail fields', () => {
    const withEmail = catalog.apps.find((a) => a.setup.fields.some((f) => f.kind === 'email'))!;
    const field = withEmail.setup.fields.find((f) => f.kind === 'email')!;
    const problems = validateSetup(withEmail, { [field.key]: 'not-an-email' });
    expect(problems.find((p) => p.field === field.key)?.message).toMatch(/must be an e-mail address/);
  });
});

const checked = checkCustomApp(JSON.parse(readFileSync('test/fixtures/custom-apps/prototype-keys.json', 'utf8')), catalog);
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const protoApp = checked.manifest;

describe('validateSetup with setup fields named toString, constructor, valueOf...', () => {
  it('reads no value from Object.prototype: nothing set means only the required field is missing', () => {
    expect(validateSetup(protoApp, {})).toEqual([{ field: 'toString', message: 'To string is required.' }]);
  });

  it('checks each value that is set, under its own key', () => {
    expect(validateSetup(protoApp, { toString: 'x', valueOf: 'not-an-email', hasOwnProperty: 'https://example.com/', isPrototypeOf: 'valueOf' })).toEqual([
      { field: 'valueOf', message: 'Value of must be an e-mail address like name@example.com.' },
    ]);
    expect(validateSetup(protoApp, { toString: 'x', isPrototypeOf: 'constructor' })).toEqual([
      { field: 'isPrototypeOf', message: 'Is prototype of must be one of the listed options.' },
    ]);
  });

  it('keeps a stored secret under a prototype name', () => {
    expect(validateSetup(protoApp, { toString: 'x', propertyIsEnumerable: '' }, ['propertyIsEnumerable'])).toEqual([]);
  });
});
