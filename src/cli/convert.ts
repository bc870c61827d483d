/**
 * The core of `npm run convert -- --to flow|flowbench <file>`: reads a
 * Flowbench export or a Shopify Flow file (any envelope, by content, with
 * the same checks as an import) and prints it in the other form: Flow's
 * canonical `workflow.flow.json` text (`--to flow`, one workflow), or a
 * Flowbench export (`--to flowbench`). Warnings about steps Flow can't take
 * go to stderr. File access and output are injected, as in validate.ts.
 *
 * Exit code: 0 converted, 1 the file has problems (listed as
 * `<file>: <$.path>: <reason>`), 2 wrong arguments.
 */
import { type Catalog } from '../domain/catalog/catalog';
import { builtInCatalog } from '../domain/catalog/builtIn';
import { serializeExport } from '../io/exportFormat';
import { exportForFlow } from '../io/flow/exportFlow';
import { parseImport } from '../io/importDocument';
import type { ValidateIo } from './validate';

export const CONVERT_USAGE = 'Usage: npm run convert -- --to flow|flowbench <file>';

/** Converts one file and prints the result on `out`; resolves to the exit code. */
export async function runConvert(args: readonly string[], io: ValidateIo, { catalog = builtInCatalog }: { catalog?: Catalog } = {}): Promise<number> {
  const toAt = args.indexOf('--to');
  const to = toAt === -1 ? undefined : args[toAt + 1];
  const files = args.filter((_, i) => i !== toAt && i !== toAt + 1);
  if ((to !== 'flow' && to !== 'flowbench') || files.length !== 1) {
    io.err(CONVERT_USAGE);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`${file}: the file could not be read (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const parsed = parseImport(text, { catalog });
  if (!parsed.ok) {
    for (const p of parsed.problems) io.err(`${file}: ${p.path}: ${p.message}`);
    return 1;
  }
  if (to === 'flowbench') {
    io.out(serializeExport(parsed.value).trimEnd());
    return 0;
  }
  const [workflow, ...more] = parsed.value.workflows;
  if (!workflow || more.length > 0) {
    io.err(`${file}: a Flow file holds one workflow; this file has ${parsed.value.workflows.length}`);
    return 1;
  }
  const flow = exportForFlow(workflow);
  for (const w of flow.warnings) io.err(`${file}: step ${w.stepId}: ${w.code} ${JSON.stringify(w.params)}`);
  for (const p of flow.problems) io.err(`${file}: Flow would refuse it: ${p.code} at ${p.path.join('.')}`);
  io.out(flow.text.trimEnd());
  return 0;
}
