import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production build's Content-Security-Policy: no inline scripts, no
 * eval (zod runs jitless: src/domain/zod.ts), no plugins, no <base>.
 * - script-src 'wasm-unsafe-eval': compiling WebAssembly, which the Run code
 *   sandbox (QuickJS, src/engine/runCode) needs; JavaScript eval and
 *   new Function stay refused ('unsafe-eval' is not granted).
 * - style-src 'unsafe-inline': React and React Flow set style attributes.
 * - img-src data:: small inline images (icons, React Flow's backgrounds).
 * - connect-src http: https:: the live HTTP request action reaches any
 *   address the user configures.
 * - worker-src blob:: the engine's module worker is a file of the build
 *   ('self'), as is the service worker; blob: keeps workers made from blobs working.
 * - manifest-src 'self': the web app manifest (default-src allows it too; stated for clarity).
 * The dev server gets none: Vite's dev client injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
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

/** The brand colour (the favicon's background) and the light theme's page colour (src/ui/styles.css). */
const BRAND_COLOUR = '#1f6f5c';
const PAGE_COLOUR = '#f7f7f5';

/**
 * Installable, offline-first PWA (vite-plugin-pwa with Workbox's generateSW).
 * - registerType 'prompt': a new version waits until the user accepts it in
 *   the update prompt (src/state/pwa, src/ui/UpdatePrompt.tsx); nothing is
 *   swapped under their feet.
 * - injectRegister false: src/main.tsx registers through
 *   `virtual:pwa-register`, a module of the bundle, so the policy's
 *   "no inline scripts" holds (the plugin's 'inline' mode would add one).
 * - Every built file is precached: all chunks (lazy pages, the Polish
 *   messages, the engine's worker), the WebAssembly of the Run code sandbox,
 *   CSS, icons, the favicon and the published JSON Schema, so after the
 *   first visit the app opens (and runs scripts) with the network off.
 * - Hash routing means every navigation is to index.html; any other path
 *   falls back to it too, except the schema files, which stay themselves.
 * - The dev server registers no service worker (devOptions off): hot reload
 *   and a caching worker do not mix.
 */
function progressiveWebApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // globPatterns below already take every file of public/ (copied into dist/); listing them again would duplicate entries.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'Flowbench',
      short_name: 'Flowbench',
      description: 'Design, test and demo Shopify-Flow-style workflows built from app connectors, in your browser.',
      lang: 'en',
      start_url: '/#/workflows',
      scope: '/',
      display: 'standalone',
      theme_color: BRAND_COLOUR,
      background_color: PAGE_COLOUR,
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // The plugin adds manifest.webmanifest itself. Source maps stay out: only devtools fetch them.
      globPatterns: ['**/*.{js,wasm,css,html,svg,png,ico,webp,woff,woff2,json}'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/schema\//],
      cleanupOutdatedCaches: true,
      // The first worker takes the open page at once, so the first visit works offline without a reload.
      // An update still waits for "Reload" (no skipWaiting); claiming then only follows the user's choice.
      clientsClaim: true,
      // The largest chunk (the editor with React Flow) is well under this; the build fails if one outgrows it.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
    devOptions: { enabled: false },
  });
}

// modulePreload.polyfill off: every browser with ES2022 modules that Flowbench is tested in
// (Chromium) and the current Firefox (115+) and Safari (17+) handle <link rel="modulepreload">
// themselves; the polyfill (0.25 KB gzip of the first page) only fetched such links by hand for
// browsers without it, where a lazy page's chunks now load as it imports them.
// Lazy chunks are named by their hash alone: the first page names about 120 of them (its dynamic
// imports and their preload lists), and their module names were 0.6 KB gzip of it
// (docs/benchmarks.md, "Startup bundle, sixth pass"). Source maps still name each chunk's modules.
// Seven characters of hash, the fewest rolldown accepts for this many chunks (it refuses a length
// that makes a clash likely): the random characters of those names are what gzip cannot shrink,
// one less per name is 138 B gzip of the first page ("Startup bundle, seventh pass").
// Port 4173 is vite preview's default; e2e tests and the README rely on it.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), progressiveWebApp()],
  // Every `import … from 'zod'` gets zod configured for the policy (jitless) before any schema exists.
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/domain/zod.ts', import.meta.url)) }] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false }, rolldownOptions: { output: { chunkFileNames: 'assets/[hash:7].js', codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Long runs (npm run test:stress, vitest.stress.config.ts) stay out of the default run.
    exclude: [...configDefaults.exclude, '**/*.stress.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // No wall-clock limits in the suite: Vitest's 5 s default failed sound tests on this shared,
    // loaded machine. The timeout only catches a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: '.reports/unit.json' }]],
  },
});
