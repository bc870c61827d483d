/**
 * `npm run test:stress`: the long reliability runs (*.stress.test.ts), which
 * the default unit run (vite.config.ts) excludes to keep `npm test` fast.
 * The same Node environment and setup as the unit run.
 */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.stress.test.ts', 'test/**/*.stress.test.ts'],
    exclude: configDefaults.exclude,
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 300_000,
  },
});
