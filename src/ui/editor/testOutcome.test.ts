import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../i18n/catalog';
import { translateIn, type Translate } from '../i18n';
import { testOutcome } from './testOutcome';

const en: Translate = (key, params) => translateIn('en', key, params);
const pl: Translate = (key, params) => translateIn('pl', key, params);
beforeAll(() => loadCatalog('pl'));

const base = { reasons: [], steps: [] } as const;

describe('testOutcome', () => {
  it('gives every reason when the workflow would not run in the store', () => {
    const run = { ...base, status: 'skipped', reasons: ['Loox is not installed in Store 4.', 'The Flow app is not installed in Store 4.'] };
    expect(testOutcome(run as never, 'Store 4', en)).toEqual({
      text: 'Test in Store 4: the workflow would not run. Loox is not installed in Store 4. The Flow app is not installed in Store 4.',
      kind: 'error',
    });
  });

  it('names the failing step and its error', () => {
    const run = { ...base, status: 'failed', steps: [{ status: 'failed', name: 'Slack · Send Slack message', error: 'Boom' }] };
    expect(testOutcome(run as never, 'Store 1', en).text).toBe('Test in Store 1 failed at Slack · Send Slack message: Boom');
  });

  it('says a successful test changed nothing', () => {
    expect(testOutcome({ ...base, status: 'succeeded' } as never, 'Store 1', en).text).toContain('The sandbox was not changed.');
  });

  it('says it in Polish', () => {
    expect(testOutcome({ ...base, status: 'waiting' } as never, 'Sklep 2', pl).text).toBe(
      'Test w sklepie Sklep 2 zatrzymał się na kroku Czekaj; dotychczasowe wyniki są przy krokach.',
    );
  });
});
