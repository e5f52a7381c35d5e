import { expect, test, type Page } from '@playwright/test';

/** Loads `path` and returns how many times the dataset was requested and what Chromium warned about it. */
async function datasetRequests(page: Page, path: string) {
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/events.json')) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (/preload/i.test(message.text())) warnings.push(message.text());
  });
  await page.goto(path);
  await expect(
    page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem').first(),
  ).toBeVisible();
  return { requests, warnings };
}

// index.html preloads the dataset; the app's fetch must reuse that response, not download it again
// (a mismatch in mode or credentials would make Chromium fetch twice and warn).
for (const path of ['./', './?embed=1']) {
  test(`the dataset is downloaded once, by the preload (${path})`, async ({ page }) => {
    const { requests, warnings } = await datasetRequests(page, path);
    expect(requests).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
}
