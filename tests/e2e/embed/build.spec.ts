import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { APP_ORIGIN } from './origins.ts';

test('the build serves embed.js and embed-frame.js under fixed names, and the page explaining them', async ({
  request,
  page,
}) => {
  for (const file of ['embed.js', 'embed-frame.js']) {
    const response = await request.get(`${APP_ORIGIN}/${file}`);
    expect(response.ok(), file).toBe(true);
    expect(response.headers()['content-type']).toMatch(/javascript/);
  }
  await page.goto(`${APP_ORIGIN}/embed.html`);
  await expect(page.getByRole('heading', { name: 'Embed the CSTO Timeline' })).toBeVisible();
  await expect(page.locator('csto-timeline').getByRole('list', { name: 'Events' })).toBeVisible();
});

test('the built pages have no inline scripts or styles, so a strict CSP needs no exceptions', async ({
  request,
}) => {
  for (const page of ['index.html', 'embed.html']) {
    const html = await (await request.get(`${APP_ORIGIN}/${page}`)).text();
    expect(html, page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html, page).not.toMatch(/<style[\s>]|\sstyle=/);
  }
});

// Read from the build folder: a static server may decode .gz/.br itself, hiding what ships.
test('the dataset ships with gzip and brotli copies of the same content', async () => {
  const dataset = path.resolve(process.env.E2E_OUT_DIR ?? 'dist', 'data/events.json');
  const json = await readFile(dataset);
  expect(gunzipSync(await readFile(`${dataset}.gz`)).equals(json)).toBe(true);
  expect(brotliDecompressSync(await readFile(`${dataset}.br`)).equals(json)).toBe(true);
});
