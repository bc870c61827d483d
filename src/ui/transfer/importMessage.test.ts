import { describe, expect, it } from 'vitest';
import { importMessage } from './importMessage';

describe('importMessage', () => {
  it('says how many workflows arrived, turned off', () => {
    expect(importMessage({ workflows: 1, stores: 0, copies: [], skippedStores: [] })).toBe('Imported 1 workflow (turned off).');
  });

  it('names copies, added stores and stores left as they were', () => {
    const text = importMessage({
      workflows: 3,
      stores: 2,
      copies: ['A (imported)', 'B (imported)'],
      skippedStores: ['Acme EU'],
    });
    expect(text).toBe(
      'Imported 3 workflows (turned off). 2 arrived as copies because their ids were already taken: “A (imported)”, “B (imported)”. ' +
        'Added 2 stores with their apps; keys and tokens are never exported, so enter them on the Organization page. ' +
        'Already here and left as they were: “Acme EU”.',
    );
  });

  it('does not claim workflows when the file held only the organization setup', () => {
    expect(importMessage({ workflows: 0, stores: 1, copies: [], skippedStores: [] })).toMatch(/^The file held no workflows\. Added 1 store with its apps/);
  });
});
