/**
 * The errors an import's write throws, in a module of their own: the pages
 * that show them test for them without loading the import code (and the
 * workflow document schema with it) before an import starts.
 */

/** Thrown (before anything is written) when a record of the batch does not parse. */
export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`Nothing was imported: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'ImportRefused';
  }
}

/** Thrown when an import's write was stopped through its signal; the transaction was aborted. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was imported.');
    this.name = 'ImportCancelled';
  }
}
