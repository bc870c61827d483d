/**
 * The export's refusal, apart from state/transfer.ts (which re-exports it) so
 * that the UI's error words (ui/common/useAsyncAction.ts) know it without
 * loading the import and export code, which loads on the first use.
 */

/** Thrown when there is nothing to export; the message is for the user. */
export class NothingToExport extends Error {
  constructor(
    message: string,
    /** Why, for the UI's words: nothing was selected, or the selected workflows are gone. */
    readonly reason: 'none-selected' | 'gone' = 'none-selected',
  ) {
    super(message);
    this.name = 'NothingToExport';
  }
}
