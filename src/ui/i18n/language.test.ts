import { describe, expect, it } from 'vitest';
import { pickBrowserLanguage } from './format';

describe('the default language', () => {
  it('follows the first of the browser languages we have', () => {
    expect(pickBrowserLanguage(['pl-PL', 'en-US'])).toBe('pl');
    expect(pickBrowserLanguage(['de-DE', 'en-GB', 'pl'])).toBe('en');
    expect(pickBrowserLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickBrowserLanguage(['PL'])).toBe('pl');
  });
});
