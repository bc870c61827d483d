/**
 * The live "Send HTTP request" against a real HTTP server on 127.0.0.1 (an
 * ephemeral port, started and closed by the test): what a workflow gets back
 * on success, and how each kind of failure is classified for retries.
 */
import { type AddressInfo } from 'node:net';
import { type Server, createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWith } from '../../../test/fixtures/engine';
import { MemorySandbox } from '../sandbox';
import { type ActionCall, AdapterError } from '../types';
import { MAX_RESPONSE_BYTES, createLiveSendHttpRequest, liveSendHttpRequest, truncateUtf8 } from './shopify-live-http';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      if (url.startsWith('/echo')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, url, auth: req.headers['x-token'] ?? null, body: Buffer.concat(chunks).toString('utf8') }));
      } else if (url === '/big') {
        res.writeHead(200);
        res.end('ż'.repeat(MAX_RESPONSE_BYTES)); // 2 bytes each
      } else if (url === '/down') {
        res.writeHead(503);
        res.end('maintenance');
      } else if (url === '/slow') {
        setTimeout(() => res.end('late'), 1_000);
      } else {
        res.writeHead(404);
        res.end('no such page');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const sandbox = new MemorySandbox();
function call(fields: Record<string, unknown>): ActionCall {
  return {
    storeId: 'store-1',
    appId: 'shopify',
    actionId: 'send-http-request',
    fields,
    event: { id: 'e', storeId: 'store-1', app: 'shopify', trigger: 'order-created', payload: {}, at: '2026-03-02T10:00:00.000Z', depth: 0 },
    now: '2026-03-02T10:00:00.000Z',
    sandbox: sandbox.forApp('store-1', 'shopify'),
    org: orgWith({}),
  };
}

async function failure(promise: unknown): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('the live Send HTTP request', () => {
  it('sends method, headers and body, and answers with the status and the response body; the request is recorded', async () => {
    const result = await liveSendHttpRequest(call({ method: 'post', url: `${base}/echo?x=1`, headers: 'X-Token: abc\nContent-Type: application/json', body: '{"a":1}' }));
    expect(result.output?.status_code).toBe(200);
    expect(JSON.parse(String(result.output?.response_body))).toEqual({ method: 'POST', url: '/echo?x=1', auth: 'abc', body: '{"a":1}' });
    expect(sandbox.forApp('store-1', 'shopify').list('requests')).toEqual([
      expect.objectContaining({ method: 'POST', url: `${base}/echo?x=1`, statusCode: 200, simulated: false }),
    ]);
  });

  it('cuts a long response body to 10 kB without splitting a character', async () => {
    const result = await liveSendHttpRequest(call({ method: 'GET', url: `${base}/big` }));
    const body = String(result.output?.response_body);
    expect(new TextEncoder().encode(body).length).toBe(MAX_RESPONSE_BYTES);
    expect(body).toBe('ż'.repeat(MAX_RESPONSE_BYTES / 2));
    expect(truncateUtf8('aż', 2)).toBe('a');
  });

  it('reports a 5xx as transient (worth retrying) and a 4xx as permanent, with the status', async () => {
    const down = await failure(liveSendHttpRequest(call({ method: 'GET', url: `${base}/down` })));
    expect([down.kind, down.status, down.message]).toEqual(['transient', 503, `${base}/down answered 503: maintenance`]);
    const missing = await failure(liveSendHttpRequest(call({ method: 'GET', url: `${base}/nothing` })));
    expect([missing.kind, missing.status]).toEqual(['permanent', 404]);
  });

  it('reports a refused connection as a transient network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(liveSendHttpRequest(call({ method: 'GET', url: `http://127.0.0.1:${port}/` })));
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:\d+\/ \(ECONNREFUSED\)/);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const error = await failure(createLiveSendHttpRequest({ timeoutMs: 100 })(call({ method: 'GET', url: `${base}/slow` })));
    expect([error.kind, error.message]).toEqual(['timeout', `No answer from ${base}/slow within 0.1 s`]);
  });

  it('refuses what cannot be sent before calling anything', async () => {
    const error = await failure(liveSendHttpRequest(call({ method: 'GET', url: `${base}/echo`, body: 'x' })));
    expect([error.kind, error.message]).toEqual(['permanent', 'a GET request cannot have a body; use POST, PUT or PATCH']);
  });
});
