/**
 * The layer fence of eslint.config.js: these tests lint small sources as if
 * they sat in each layer and prove that a forbidden import is an error while
 * an allowed one is not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function fenceErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

// The first lint loads the whole ESLint config (typescript-eslint included): seconds on a busy machine.
describe('the layer fence', { timeout: 60_000 }, () => {
  it('fails a domain file that imports from src/ui', async () => {
    const errors = await fenceErrors(
      'src/domain/catalog/bad.ts',
      "import { App } from '../../ui/App';\nexport const x = App;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/may not import from src\/engine, src\/storage, src\/io, src\/state, src\/ui, src\/cli /);
  });

  it('fails a domain file that imports React or Dexie, saying which layers may', async () => {
    const errors = await fenceErrors(
      'src/domain/org/bad.ts',
      "import { useState } from 'react';\nimport Dexie from 'dexie';\nexport const x = [useState, Dexie];\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/Only src\/ui and src\/state may depend on React and UI libraries\.$/),
      expect.stringMatching(/Only src\/storage \(the database\) and src\/state \(which watches it\) may use Dexie\.$/),
    ]);
  });

  it('lets a domain file import another domain module', async () => {
    const errors = await fenceErrors(
      'src/domain/org/good.ts',
      "import { catalog } from '../catalog/catalog';\nexport const x = catalog;\n",
    );
    expect(errors).toEqual([]);
  });

  it('fails the engine importing storage, and storage importing the UI', async () => {
    expect(
      await fenceErrors('src/engine/run.ts', "import { db } from '../storage/db';\nexport const x = db;\n"),
    ).toHaveLength(1);
    expect(
      await fenceErrors('src/storage/db.ts', "import { App } from '../ui/App';\nexport const x = App;\n"),
    ).toHaveLength(1);
  });

  it('lets storage import the domain', async () => {
    expect(
      await fenceErrors('src/storage/db.ts', "import { catalog } from '../domain/catalog/catalog';\nexport const x = catalog;\n"),
    ).toEqual([]);
  });

  it('lets state import every layer below it, and never the UI', async () => {
    const below = [
      "import { catalog } from '../domain/catalog/catalog';",
      "import { Engine } from '../engine/engine';",
      "import { getDb } from '../storage/db';",
      "import { parseImport } from '../io/importDocument';",
      "import { liveQuery } from 'dexie';",
      "import { create } from 'zustand';",
      'export const x = [catalog, Engine, getDb, parseImport, liveQuery, create];',
    ].join('\n');
    expect(await fenceErrors('src/state/good.ts', below)).toEqual([]);
    const errors = await fenceErrors('src/state/runtime/bad.ts', "import { App } from '../../ui/App';\nexport const x = App;\n");
    expect(errors).toEqual([expect.stringMatching(/This layer may not import from src\/ui, src\/cli \(see docs\/architecture\.md\)\.$/)]);
  });

  it('lets the CLI, a Node entry, import the domain, the engine and io, and nothing of the browser', async () => {
    const allowed = [
      "import { catalog } from '../domain/catalog/catalog';",
      "import { assembleEngine } from '../engine/assemble';",
      "import { parseImport } from '../io/importDocument';",
      'export const x = [catalog, assembleEngine, parseImport];',
    ].join('\n');
    expect(await fenceErrors('src/cli/good.ts', allowed)).toEqual([]);
    for (const source of [
      "import { getDb } from '../storage/db';",
      "import { useOrganization } from '../state/org';",
      "import { App } from '../ui/App';",
      "import Dexie from 'dexie';",
      "import { useState } from 'react';",
    ]) {
      expect(await fenceErrors('src/cli/bad.ts', `${source}\nexport {};\n`), source).toHaveLength(1);
    }
  });

  it('fails any layer that imports the CLI', async () => {
    for (const file of ['src/domain/bad.ts', 'src/engine/bad.ts', 'src/io/bad.ts', 'src/storage/bad.ts', 'src/state/bad.ts', 'src/ui/bad.tsx']) {
      expect(await fenceErrors(file, "import { runSimulate } from '../cli/simulate';\nexport const x = runSimulate;\n"), file).toHaveLength(1);
    }
  });
});
