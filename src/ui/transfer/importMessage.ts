/** The plain-words sentence shown after a successful import, in the UI's language. */
import type { ImportSummary } from '../../state/transfer';
import type { Translate } from '../i18n';

/**
 * "Imported 2 workflows (turned off). 1 arrived as a copy because its id was
 * already taken: “X (imported)”. Added 1 store with its apps. ..."
 */
export function importMessage(summary: ImportSummary, t: Translate): string {
  const quoted = (names: readonly string[]) => names.map((name) => t('importStatus.quoted', { name })).join(', ');
  const parts: string[] = [];
  parts.push(
    summary.workflows === 0 ? t('importStatus.done.none') : t('importStatus.done.workflows', { count: summary.workflows }),
  );
  const copies = summary.copies.length;
  if (copies > 0) parts.push(t('importStatus.done.copies', { count: copies, names: quoted(summary.copies) }));
  if (summary.stores > 0) parts.push(t('importStatus.done.stores', { count: summary.stores }));
  if (summary.skippedStores.length > 0) parts.push(t('importStatus.done.skipped', { names: quoted(summary.skippedStores) }));
  return parts.join(' ');
}
