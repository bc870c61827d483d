/**
 * Import and export (state/transfer.ts) as the Workflows page and the shell
 * use them: loaded on the first command that needs them (a click, a drop),
 * not with the first page.
 */
import type * as Transfer from '../../state/transfer';

export function loadTransfer(): Promise<typeof Transfer> {
  return import('../../state/transfer');
}
