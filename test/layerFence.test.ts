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
    expect(errors[0]).toMatch(/may not import from src\/engine, src\/storage, src\/io, src\/state, src\/ui/);
  });

  it('fails a domain file that imports React or Dexie', async () => {
    const errors = await fenceErrors(
      'src/domain/org/bad.ts',
      "import { useState } from 'react';\nimport Dexie from 'dexie';\nexport const x = [useState, Dexie];\n",
    );
    expect(errors).toHaveLength(2);
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
});
