import { describe, expect, it } from 'vitest';
import type { AppAdapter } from '../types';
import { collectAdapters, createRegistry, isAppAdapter } from './registry';

const adapter = (appId: string): AppAdapter => ({ appId, actions: { go: () => ({}) }, collections: {} });

describe('createRegistry', () => {
  it('looks adapters up by app id', () => {
    const slack = adapter('slack');
    expect(createRegistry([slack, adapter('trello')]).get('slack')).toBe(slack);
  });

  it('refuses two adapters for one app', () => {
    expect(() => createRegistry([adapter('slack'), adapter('slack')])).toThrow('Two adapters are registered for the app "slack".');
  });
});

describe('collectAdapters', () => {
  it('finds adapter exports of modules, once each, ignoring anything else', () => {
    const slack = adapter('slack');
    const found = collectAdapters({
      './adapters/slack.ts': { slackAdapter: slack, default: slack, helper: () => 1 },
      './adapters/helpers.ts': { TEST_NOW: '2025', sms: { appId: 'x' } },
      './adapters/trello.ts': { trelloAdapter: adapter('trello') },
    });
    expect(found.map((a) => a.appId)).toEqual(['slack', 'trello']);
    expect(isAppAdapter({ appId: 'x', actions: { a: 'not a function' }, collections: {} })).toBe(false);
  });
});
