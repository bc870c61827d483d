import { describe, expect, it } from 'vitest';
import { untitledName } from './workflowCommands';

describe('the name of a new workflow', () => {
  it('is the untitled word, numbered from 2 when taken, in the language the UI passes', () => {
    expect(untitledName(new Set())).toBe('Untitled workflow');
    expect(untitledName(new Set(['Untitled workflow', 'Untitled workflow 2']))).toBe('Untitled workflow 3');
    expect(untitledName(new Set(['Untitled workflow']), 'Przepływ bez nazwy')).toBe('Przepływ bez nazwy');
    expect(untitledName(new Set(['Przepływ bez nazwy']), 'Przepływ bez nazwy')).toBe('Przepływ bez nazwy 2');
  });
});
