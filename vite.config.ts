import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The production build's Content-Security-Policy: no inline scripts, no
 * eval (zod runs jitless: src/domain/zod.ts), no plugins, no <base>.
 * - style-src 'unsafe-inline': React and React Flow set style attributes.
 * - img-src data:: small inline images (icons, React Flow's backgrounds).
 * - connect-src http: https:: the live HTTP request action reaches any
 *   address the user configures.
 * - worker-src blob:: the engine's module worker is a file of the build
 *   ('self'); blob: keeps workers made from blobs working.
 * The dev server gets none: Vite's dev client injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy right after <meta charset> in the built index.html, before any script. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'flowbench:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html has no <meta charset>, after which the Content-Security-Policy goes');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

// Port 4173 is vite preview's default; e2e tests and the README rely on it.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // Every `import … from 'zod'` gets zod configured for the policy (jitless) before any schema exists.
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/domain/zod.ts', import.meta.url)) }] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // Long runs (npm run test:stress, vitest.stress.config.ts) stay out of the default run.
    exclude: [...configDefaults.exclude, '**/*.stress.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    reporters: ['default', ['json', { outputFile: '.reports/unit.json' }]],
  },
});
