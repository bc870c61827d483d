/** The plain-words sentence shown after a successful import. */
import type { ImportSummary } from '../../state/transfer';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

/**
 * "Imported 2 workflows (turned off). 1 arrived as a copy because its id was
 * already taken: “X (imported)”. Added 1 store with its apps. ..."
 */
export function importMessage(summary: ImportSummary): string {
  const parts: string[] = [];
  parts.push(
    summary.workflows === 0
      ? 'The file held no workflows.'
      : `Imported ${plural(summary.workflows, 'workflow', 'workflows')} (turned off).`,
  );
  const copies = summary.copies.length;
  if (copies > 0) {
    parts.push(
      `${copies === 1 ? '1 arrived as a copy because its id was' : `${copies} arrived as copies because their ids were`} already taken: ${quoted(summary.copies)}.`,
    );
  }
  if (summary.stores > 0) {
    parts.push(
      `Added ${plural(summary.stores, 'store', 'stores')} with ${summary.stores === 1 ? 'its' : 'their'} apps; keys and tokens are never exported, so enter them on the Organization page.`,
    );
  }
  if (summary.skippedStores.length > 0) {
    parts.push(`Already here and left as they were: ${quoted(summary.skippedStores)}.`);
  }
  return parts.join(' ');
}
