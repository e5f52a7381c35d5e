import { defineConfig, devices } from '@playwright/test';
import { HOST_ORIGIN } from './tests/e2e/embed/origins.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium.ts';

// Browser tests run against the production build, so they exercise what users get, relative asset
// paths included.
// E2E_PORT and E2E_OUT_DIR let two runs share one machine without overwriting each other's build.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npm run dataset && npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // Another origin that embeds the app, for tests/e2e/embed.
      command: 'npx tsx tests/e2e/embed/serveHostPages.ts',
      url: `${HOST_ORIGIN}/filtered.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
