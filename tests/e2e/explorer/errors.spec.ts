import { expect, test } from '@playwright/test';
import { serveDataset } from './datasets';

test('a corrupt dataset shows a clear error, and Retry loads it once it is fixed', async ({ page }) => {
  await serveDataset(page, '{"schemaVersion": 1, "events": [');
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The events could not be loaded');
  await expect(alert).toContainText('not valid JSON');
  await page.unrouteAll();
  await serveDataset(page);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^8 events/ })).toBeVisible();
  await expect(alert).toBeHidden();
});

test('a missing dataset says so', async ({ page }) => {
  await serveDataset(page, 'Not found', 404);
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a dataset of the wrong shape names the problems', async ({ page }) => {
  await serveDataset(page, JSON.stringify({ schemaVersion: 2, events: [] }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('does not have the expected shape');
});
