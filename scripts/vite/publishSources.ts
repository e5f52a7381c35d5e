import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

interface DatasetSources {
  sources?: { file: string; sha256: string }[];
}

/**
 * Publishes the documents the dataset was read from at `data/sources/<file>`, beside the dataset,
 * so the explorer can show each passage in its page. Only a document whose bytes match the
 * dataset's sha256 is copied: a dataset built from other documents shows its passages as read.
 */
export function publishSources(inputDir = 'seeds', datasetPath = 'data/events.json'): Plugin {
  let config: ResolvedConfig;
  const sourcesPrefix = `/${path.posix.dirname(datasetPath)}/sources/`;
  const inInput = (file: string) => {
    const root = path.resolve(config.root, inputDir);
    const resolved = path.resolve(root, file);
    return resolved.startsWith(root + path.sep) ? resolved : null;
  };
  return {
    name: 'csto:publish-sources',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
        const file = pathname.startsWith(sourcesPrefix)
          ? inInput(pathname.slice(sourcesPrefix.length))
          : null;
        const bytes = file && (await readFile(file).catch(() => null));
        if (!bytes) return next();
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end(bytes);
      });
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const outDir = path.resolve(config.root, config.build.outDir);
      const dataset = await readFile(path.join(outDir, datasetPath), 'utf8')
        .then((json) => JSON.parse(json) as DatasetSources)
        .catch(() => null);
      let published = 0;
      for (const { file, sha256 } of dataset?.sources ?? []) {
        const source = inInput(file);
        const bytes = source && (await readFile(source).catch(() => null));
        if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) continue;
        const target = path.join(outDir, path.posix.dirname(datasetPath), 'sources', file);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, bytes);
        published++;
      }
      const total = dataset?.sources?.length ?? 0;
      if (published < total) {
        config.logger.warn(
          `publish-sources: ${published} of ${total} documents published; the others are not in ${inputDir}/ as the dataset read them`,
        );
      }
    },
  };
}
