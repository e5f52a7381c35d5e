import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  origin: string;
  /** Serves `body` at `urlPath` instead of the file, so each run can swap the dataset. */
  override(urlPath: string, body: Buffer): void;
  close(): Promise<void>;
}

/** A tiny static server for the production build, on a free port of 127.0.0.1. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const overrides = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
    const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const file = path.join(root, relative);
    const body =
      overrides.get(relative) ?? (file.startsWith(root) ? await readFile(file).catch(() => null) : null);
    if (body === null) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(relative)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    override: (urlPath, body) => void overrides.set(urlPath, body),
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
