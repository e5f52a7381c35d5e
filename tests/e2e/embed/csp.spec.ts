import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { APP_ORIGIN, HOST_ORIGIN } from './origins.ts';

test('the element and the iframe work under a strict Content-Security-Policy', async ({ page }) => {
  // The element has no src: it must read the dataset beside embed.js. Serving the fixture there
  // (with the CORS header a real host would send) gives known content to assert on.
  const fixture = await readFile(new URL('../../fixtures/embed/events.json', import.meta.url), 'utf8');
  const datasetRequests: string[] = [];
  await page.route(`${APP_ORIGIN}/data/events.json`, (route) => {
    datasetRequests.push(route.request().url());
    return route.fulfill({
      body: fixture,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
    });
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto(`${HOST_ORIGIN}/strict-csp.html`);

  const items = page.locator('#trainings').getByRole('list', { name: 'Events' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('CSTO exercise held near Dushanbe');
  await expect(page.locator('#trainings .vis-timeline')).toBeVisible();
  expect(datasetRequests.length).toBeGreaterThan(0);
  await expect(page.frameLocator('#frame').getByRole('list', { name: 'Events' })).toBeVisible();
  expect(violations).toEqual([]);
});
