/**
 * The runtime's shared pieces: the engine client (one per page), the writer
 * settings, and the lock that makes operations which change runs or the
 * sandbox run one after another. Each operation reads the sandbox, runs, and
 * writes back what changed; two at once would build on the same stale rows
 * (two "message-1"s, lost loyalty points). Dry runs only read and do not
 * take the lock.
 */
import { HARD_TIME_LIMIT_MS } from '../../engine/workerProtocol';
import { DEFAULT_WRITER, type RunWriterOptions } from './runWriter';
import { EngineClient, type ExecutorFactory, defaultExecutor } from './workerClient';

interface RuntimeConfig {
  executor: ExecutorFactory;
  timeLimitMs: number;
  writer: RunWriterOptions;
}

let config: RuntimeConfig = { executor: defaultExecutor(), timeLimitMs: HARD_TIME_LIMIT_MS, writer: DEFAULT_WRITER };
let client: EngineClient | undefined;

/** The page's engine client, created on first use. */
export function getEngineClient(): EngineClient {
  client ??= new EngineClient(config.executor, config.timeLimitMs);
  return client;
}

export function writerOptions(): RunWriterOptions {
  return config.writer;
}

/**
 * Replaces parts of the runtime's configuration (tests: an in-process engine
 * with chosen adapters, a short time limit). Shuts the current engine down.
 */
export function configureRuntime(changes: Partial<RuntimeConfig>): void {
  client?.dispose();
  client = undefined;
  config = { ...config, ...changes };
}

/** Back to the defaults. */
export function resetRuntimeConfig(): void {
  configureRuntime({ executor: defaultExecutor(), timeLimitMs: HARD_TIME_LIMIT_MS, writer: DEFAULT_WRITER });
}

let tail: Promise<unknown> = Promise.resolve();

/** Runs `operation` after every operation queued before it (see the module header). */
export function exclusive<T>(operation: () => Promise<T>): Promise<T> {
  const result = tail.then(operation, operation);
  tail = result.catch(() => undefined);
  return result;
}
