import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `.gz` and `.br` copies beside the built dataset, for static hosts that serve
 * pre-compressed files (nginx `gzip_static`, Caddy `precompressed`, Netlify, …). The copies are
 * made after the public folder is copied, so they always match the dataset that ships.
 */
export function precompressDataset(datasetPath = 'data/events.json'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'csto:precompress-dataset',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const file = path.resolve(config.root, config.build.outDir, datasetPath);
      const json = await readFile(file).catch(() => null);
      if (json === null) {
        config.logger.warn(
          `precompress-dataset: ${datasetPath} is not in the build; no .gz/.br copies written`,
        );
        return;
      }
      const [gz, br] = await Promise.all([
        gzipAsync(json, { level: constants.Z_BEST_COMPRESSION }),
        brotliAsync(json, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
          },
        }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
    },
  };
}
