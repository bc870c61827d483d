import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../domain/catalog/builtIn';
import { demoOrganization } from '../../domain/org/demo';
import { triggerApps } from './triggerApps';

describe('triggerApps', () => {
  it('lists installed apps (Shopify first) before the others, and only apps with triggers', () => {
    const org = demoOrganization('2024-06-03T08:00:00.000Z');
    const { installed, notInstalled } = triggerApps(org, builtInCatalog);
    expect(installed[0]?.id).toBe('shopify');
    expect(installed.map((a) => a.id)).toContain('loox');
    expect(notInstalled.map((a) => a.id)).toContain('loyaltylion');
    expect([...installed, ...notInstalled].every((a) => a.triggers.length > 0)).toBe(true);
    expect(installed.map((a) => a.id)).not.toContain('slack'); // Slack has actions only
  });

  it('counts the Shopify app as installed even with no stores', () => {
    const { installed } = triggerApps({ name: 'Empty', stores: [], installations: [] }, builtInCatalog);
    expect(installed.map((a) => a.id)).toEqual(['shopify']);
  });
});
