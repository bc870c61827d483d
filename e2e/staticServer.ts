/**
 * A tiny static file server for tests that need to change what is deployed
 * while a page is open (vite preview serves one fixed directory). Serves
 * `root` on 127.0.0.1 (a secure context, so service workers work) at a port
 * the system picks; `root` can be switched at any time, as a deploy would.
 * `headers` are sent with every file (e.g. a Content-Security-Policy, which
 * then governs workers too: a worker's policy comes with its script).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** Serves another directory from now on. */
  serve(root: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, options: { headers?: Record<string, string> } = {}): Promise<StaticServer> {
  let current = root;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(current, normalize(path === '/' ? '/index.html' : path));
    const found = file.startsWith(current) && (await stat(file).then((info) => info.isFile(), () => false));
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { ...options.headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
