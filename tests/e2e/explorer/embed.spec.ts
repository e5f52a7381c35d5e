import { expect, test } from '@playwright/test';
import { serveDataset } from './datasets';

test('?embed=1 drops the page chrome and links to the same view in the full explorer', async ({ page }) => {
  await serveDataset(page);
  await page.goto('./?type=training&embed=1&event=2025-exercise-interaction');
  await expect(page.getByRole('list', { name: 'Events', exact: true })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'Open in full explorer' });
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.search).toBe('?event=2025-exercise-interaction&type=training');
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
});

test('in an iframe it posts its height to the parent', async ({ page, baseURL }) => {
  await serveDataset(page);
  await page.goto('./');
  await page.evaluate((src) => {
    const messages: unknown[] = [];
    (window as unknown as { heights: unknown[] }).heights = messages;
    window.addEventListener('message', (event) => messages.push(event.data));
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Embedded explorer';
    document.body.append(frame);
  }, `${baseURL}?embed=1&type=training`);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { heights: { type?: string; height?: number }[] }).heights),
    )
    .toContainEqual({ type: 'csto-timeline:height', height: expect.any(Number) });
});
