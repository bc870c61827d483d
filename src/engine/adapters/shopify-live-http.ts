/**
 * The LIVE "Send HTTP request": really calls the web address with fetch.
 * Used only when the user switches live HTTP on (the worker request's
 * `liveHttp` flag, see workerHandler.ts); by default the simulated echo in
 * ./shopify.ts answers instead, and nothing leaves the browser.
 *
 * Contracts:
 * - Method, URL, headers ("Name: value" lines) and body come from the
 *   action's fields, checked exactly as the simulated handler checks them.
 * - Answer: `{ status_code, response_body }`, the body cut to
 *   {@link MAX_RESPONSE_BYTES} bytes of UTF-8. The request is also recorded
 *   in the sandbox's `requests` collection with `simulated: false`.
 * - Failures, as the retry policy reads them: no answer within the timeout
 *   → `timeout`; the network refused (DNS, connection refused, CORS) →
 *   transient; 5xx, 408 and 429 → transient; any other 4xx → permanent.
 * - Timeout: {@link LIVE_HTTP_TIMEOUT_MS} per attempt. The engine tries a
 *   transient failure 4 times and the main thread stops a worker that
 *   reports nothing for 10 s (HARD_TIME_LIMIT_MS), so 4 × 2 s stays inside it.
 */
import { isTransientStatus } from '../faults';
import { type ActionHandler, AdapterError } from '../types';
import { readHttpRequest } from './shopify';

/** How long one attempt waits for an answer. */
export const LIVE_HTTP_TIMEOUT_MS = 2_000;
/** The response body kept in the run (10 kB). */
export const MAX_RESPONSE_BYTES = 10_000;

export interface LiveHttpOptions {
  timeoutMs?: number;
  /** The fetch to use (tests pass their own); the global one by default. */
  fetch?: typeof fetch;
}

/** The first `max` bytes of `text` as UTF-8, never cutting a character in half. */
export function truncateUtf8(text: string, max: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= max) return text;
  let end = max;
  // Step back over continuation bytes (10xxxxxx) so the cut falls between characters.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return new TextDecoder().decode(bytes.subarray(0, end));
}

/** A live "Send HTTP request" handler with its own timeout and fetch. */
export function createLiveSendHttpRequest(options: LiveHttpOptions = {}): ActionHandler {
  const timeoutMs = options.timeoutMs ?? LIVE_HTTP_TIMEOUT_MS;
  return async (call) => {
    const doFetch = options.fetch ?? globalThis.fetch;
    const { method, url, headers, body } = readHttpRequest(call.fields);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let status: number;
    let responseBody: string;
    try {
      const response = await doFetch(url, { method, headers, body, signal: controller.signal, redirect: 'follow' });
      status = response.status;
      responseBody = truncateUtf8(await response.text(), MAX_RESPONSE_BYTES);
    } catch (error) {
      if (controller.signal.aborted) {
        throw new AdapterError('timeout', `No answer from ${url} within ${timeoutMs / 1000} s`);
      }
      const detail = error instanceof Error ? (causeMessage(error) ?? error.message) : String(error);
      throw new AdapterError(
        'transient',
        `Could not reach ${url} (${detail}). The address may be wrong, the server down, or the browser blocked the call (CORS).`,
      );
    } finally {
      clearTimeout(timer);
    }
    if (status >= 400) {
      const kind = isTransientStatus(status) ? 'transient' : 'permanent';
      const excerpt = responseBody.trim().slice(0, 200);
      throw new AdapterError(kind, `${url} answered ${status}${excerpt ? `: ${excerpt}` : ''}`, status);
    }
    call.sandbox.insert('requests', {
      method,
      url,
      headers,
      body: body ?? '',
      statusCode: status,
      responseBody,
      simulated: false,
      sentAt: call.now,
    });
    return { output: { status_code: status, response_body: responseBody } };
  };
}

/** Node's fetch hides the reason ("ECONNREFUSED") in `cause`. */
function causeMessage(error: Error): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  if (cause && typeof cause === 'object') {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const message = (cause as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}

/** The live handler with the default timeout and the global fetch. */
export const liveSendHttpRequest: ActionHandler = createLiveSendHttpRequest();
