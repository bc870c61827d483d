/**
 * The core of `npm run validate -- <file...>`: checks export files with the
 * same parser and messages as an import in the app (parseImport), for use in
 * a repository's CI. File access and output are injected, so this module
 * stays free of Node APIs and is tested without a process.
 *
 * Output, one line each: `<file>: ok`, or `<file>: <$.path>: <reason>` for
 * every problem. Exit code: 0 when every file is fine, 1 when any file has a
 * problem (or cannot be read), 2 when no file was named.
 */
import type { Catalog } from '../domain/catalog/catalog';
import { MAX_IMPORT_BYTES, parseImport, tooLargeProblem, type ImportProblem } from '../io/importDocument';

export interface ValidateIo {
  /** The file's text (UTF-8). */
  readFile(path: string): Promise<string>;
  /** The file's size in bytes, checked before reading so a huge file is not loaded. */
  fileSize?(path: string): Promise<number>;
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = 'Usage: npm run validate -- <export.json> [more files...]';

/** Validates each file and reports; resolves to the process exit code. */
export async function runValidate(
  files: readonly string[],
  io: ValidateIo,
  options: { catalog?: Catalog; maxBytes?: number } = {},
): Promise<number> {
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const problems = await checkFile(file, io, options);
    if (problems.length === 0) {
      io.out(`${file}: ok`);
    } else {
      failed++;
      for (const p of problems) io.out(`${file}: ${p.path}: ${p.message}`);
    }
  }
  if (files.length > 1) io.err(failed ? `${failed} of ${files.length} files have problems` : `${files.length} files ok`);
  return failed ? 1 : 0;
}

async function checkFile(
  file: string,
  io: ValidateIo,
  { catalog, maxBytes = MAX_IMPORT_BYTES }: { catalog?: Catalog; maxBytes?: number },
): Promise<ImportProblem[]> {
  let text: string;
  try {
    const size = await io.fileSize?.(file);
    if (size !== undefined && size > maxBytes) return [tooLargeProblem(size, maxBytes)];
    text = await io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ path: '$', message: `the file cannot be read (${reason})` }];
  }
  const result = parseImport(text, { catalog, maxBytes });
  return result.ok ? [] : result.problems;
}
