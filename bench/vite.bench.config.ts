/**
 * Builds the benchmarks' own pages (bench/pages → bench/dist): the bare React
 * Flow baseline, the run-log persistence page, import-10k's baseline and the
 * IndexedDB record-cost page (bench/idbCost.mjs). Production build, like the
 * Flow baseline, the run-log persistence page, import-10k's baseline and engine-vs-nodered as the app runs it. Production build, like the
 * app's, so both sides of a browser benchmark run optimised React.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));

export default defineConfig({
  root: pages,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        bare: `${pages}bare.html`,
        runlog: `${pages}runlog.html`,
        importBase: `${pages}importBase.html`,
        idbCost: `${pages}idbCost.html`,
        reviewsApp: `${pages}reviewsApp.html`,
      },
    },
  },
});
