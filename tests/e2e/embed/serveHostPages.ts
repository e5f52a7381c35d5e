// A third-party site for the embed tests: serves tests/fixtures/embed/ on its own origin, with
// `{{APP_ORIGIN}}` in the pages replaced by the app's origin.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, hostPagesPort } from './origins.ts';

const root = fileURLToPath(new URL('../../fixtures/embed/', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
  const file = path.join(root, pathname === '/' ? 'filtered.html' : pathname);
  const type = CONTENT_TYPES[path.extname(file)];
  const body = file.startsWith(root) && type ? await readFile(file, 'utf8').catch(() => null) : null;
  if (body === null) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': type!, 'cache-control': 'no-store' });
  response.end(type === CONTENT_TYPES['.html'] ? body.replaceAll('{{APP_ORIGIN}}', APP_ORIGIN) : body);
}).listen(hostPagesPort, '127.0.0.1');
