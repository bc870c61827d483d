import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: writes the README's screenshots to docs/screenshots (not part of npm test).
export default defineConfig({
  ...base,
  testDir: 'e2e/screenshots',
  testMatch: '**/*.shots.ts',
  reporter: 'list',
});
