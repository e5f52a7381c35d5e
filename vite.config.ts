import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompressDataset } from './scripts/vite/precompressDataset.ts';
import { publishSources } from './scripts/vite/publishSources.ts';

// Entries other sites load by URL (CONTRACT.md §5): their names must not carry a content hash.
const FIXED_NAME_ENTRIES = new Set(['embed', 'embed-frame']);

export default defineConfig({
  // Relative asset paths: dist/ works unchanged from any folder of any static host.
  base: './',
  plugins: [react(), tailwindcss(), precompressDataset(), publishSources()],
  build: {
    rolldownOptions: {
      input: {
        index: 'index.html',
        'embed-page': 'embed.html',
        embed: 'src/embed.tsx',
        'embed-frame': 'src/features/embed/frameResizer.ts',
      },
      output: {
        entryFileNames: ({ name }) =>
          FIXED_NAME_ENTRIES.has(name) ? '[name].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
