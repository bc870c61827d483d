/**
 * zod as the app uses it: vite.config.ts resolves every `import … from 'zod'`
 * of the app (page, worker, dev server and unit tests) to this module, so
 * the configuration below is applied before any schema is built, whichever
 * chunk a schema ends up in. (TypeScript and Node scripts see the package
 * itself; its API is the same.)
 *
 * `jitless`: zod 4 compiles fast object parsers with `new Function`, and it
 * probes whether it may as soon as an object schema is created. The
 * production build's Content-Security-Policy forbids eval (vite.config.ts),
 * so the probe alone would log a violation; jitless zod never tries.
 * Parsing stays the same, only a little slower.
 *
 * An import in the entry point would not do: the bundler places schema
 * modules in a shared chunk that runs before the entry's own code.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
