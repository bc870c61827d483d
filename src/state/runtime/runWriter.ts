/**
 * Persists the engine's finished runs in batches: records and the sandbox
 * rows they changed are buffered and written in one transaction
 * (runRepo.writeRunBatch) every {@link RunWriterOptions.maxRuns} runs or
 * {@link RunWriterOptions.maxDelayMs} after the first buffered one, and at
 * `close()`. Writes happen one after another, in order, so a run that
 * resumed is never overwritten by its older waiting record.
 *
 * Trade-off: a tab closed mid-batch loses at most the last ~200 ms of
 * results, against one IndexedDB transaction per run, which made bulk fires
 * of thousands of events crawl.
 */
import type { RunRecord } from '../../engine/types';
import type { SandboxRow } from '../../engine/sandbox';
import type { FlowbenchDb } from '../../storage/db';
import { writeRunBatch } from '../../storage/runRepo';

export interface RunWriterOptions {
  maxRuns: number;
  maxDelayMs: number;
}

export const DEFAULT_WRITER: Readonly<RunWriterOptions> = Object.freeze({ maxRuns: 100, maxDelayMs: 200 });

const rowKey = (r: SandboxRow) => `${r.storeId}\u0000${r.appId}\u0000${r.collection}\u0000${r.id}`;

export class RunWriter {
  private runs = new Map<string, RunRecord>();
  private rows = new Map<string, SandboxRow>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private lost = 0;
  /** Transactions written so far. */
  batches = 0;

  constructor(
    private readonly db: FlowbenchDb,
    private readonly options: RunWriterOptions = DEFAULT_WRITER,
  ) {}

  /** Buffers a finished (or waiting) run and the sandbox rows it changed. */
  add(run: RunRecord | undefined, rows: readonly SandboxRow[] = []): void {
    if (run) {
      // Same id again (a resumed run): the newer record replaces the buffered one.
      this.runs.delete(run.id);
      this.runs.set(run.id, run);
    }
    for (const row of rows) this.rows.set(rowKey(row), row);
    if (this.runs.size >= this.options.maxRuns) void this.flush();
    else if (this.timer === undefined && (this.runs.size > 0 || this.rows.size > 0)) {
      this.timer = setTimeout(() => void this.flush(), this.options.maxDelayMs);
    }
  }

  /** Writes what is buffered now (after earlier writes); never rejects, see close(). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.runs.size === 0 && this.rows.size === 0) return this.chain;
    const runs = [...this.runs.values()];
    const rows = [...this.rows.values()];
    this.runs = new Map();
    this.rows = new Map();
    this.chain = this.chain.then(async () => {
      try {
        await writeRunBatch(this.db, runs, rows);
        this.batches++;
      } catch (error) {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
        this.lost += runs.length;
      }
    });
    return this.chain;
  }

  /** Writes everything buffered; rejects if any write failed, saying how many runs were not stored. */
  async close(): Promise<void> {
    await this.flush();
    if (this.failure) throw new Error(`${this.lost} run(s) could not be stored: ${this.failure.message}`);
  }
}
