// Writes the export format's JSON Schema (generated from the zod schema in
// src/io/jsonSchema.ts) to public/schema/flowbench-export.v<version>.json.
// Older versions' files stay committed: files of those versions point at them.
// Run with `npm run schema` after changing the export or workflow schemas;
// src/io/jsonSchema.test.ts fails until the committed file is regenerated.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(resolve(root, 'src/io/jsonSchema.ts'), { configFile: false, logLevel: 'silent' });
const target = resolve(root, module.EXPORT_SCHEMA_FILE);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, module.exportJsonSchemaText());
console.log(`Wrote ${module.EXPORT_SCHEMA_FILE}`);
