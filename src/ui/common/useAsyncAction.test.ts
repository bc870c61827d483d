import { beforeAll, describe, expect, it } from 'vitest';
import { NothingToExport } from '../../state/transfer';
import { TurnOnRefused } from '../../state/workflows';
import { loadCatalog } from '../i18n/catalog';
import { translateIn, type Translate } from '../i18n';
import { errorText } from './useAsyncAction';

const en: Translate = (key, params) => translateIn('en', key, params);
const pl: Translate = (key, params) => translateIn('pl', key, params);
beforeAll(() => loadCatalog('pl'));

describe('errorText', () => {
  it('says known refusals in the UI language, with the same English the state layer writes', () => {
    expect(errorText(new TurnOnRefused(2), en)).toBe(new TurnOnRefused(2).message);
    expect(errorText(new TurnOnRefused(1), en)).toBe('Fix 1 error before turning the workflow on.');
    expect(errorText(new TurnOnRefused(3), pl)).toBe('Popraw 3 błędy, zanim włączysz przepływ.');
    expect(errorText(new NothingToExport('x', 'gone'), pl)).toBe('Zaznaczone przepływy już nie istnieją.');
  });

  it('shows any other error as its message', () => {
    expect(errorText(new Error('Name is too long.'), pl)).toBe('Name is too long.');
    expect(errorText('plain', en)).toBe('plain');
  });
});
