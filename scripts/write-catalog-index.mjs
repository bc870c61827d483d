// Writes the catalog's index (ids and names of every built-in app and trigger:
// src/domain/catalog/catalogIndex.ts) to src/domain/catalog/catalogIndex.json
// (ids and English names) and catalogIndex.pl.json (the Polish names), from the
// parsed manifests under src/domain/catalog/apps. The first page loads the
// English index, the Polish names load with the Polish messages, the manifests on
// demand (docs/architecture.md).
// Run with `npm run catalog-index` after adding or changing an app's manifest;
// src/domain/catalog/catalogIndex.test.ts fails until the committed file is regenerated.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = { configFile: false, logLevel: 'silent' };
const { module: index } = await runnerImport(resolve(root, 'src/domain/catalog/catalogIndex.ts'), options);
const { module: polish } = await runnerImport(resolve(root, 'src/domain/catalog/catalogIndexPolish.ts'), options);
const { module: builtIn } = await runnerImport(resolve(root, 'src/domain/catalog/builtIn.ts'), options);
const target = 'src/domain/catalog/catalogIndex.json';
const polishTarget = 'src/domain/catalog/catalogIndex.pl.json';
await writeFile(resolve(root, target), index.catalogIndexText(builtIn.builtInCatalog));
await writeFile(resolve(root, polishTarget), polish.polishNamesText(builtIn.builtInCatalog));
console.log(`Wrote ${target} and ${polishTarget} (${builtIn.builtInCatalog.apps.length} apps)`);
