import { expect, test } from '@playwright/test';
import { serveDataset } from './datasets';

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('timeline first, the list right under it, nothing wider than the screen', async ({ page }) => {
    await serveDataset(page);
    await page.goto('./');
    const list = page.getByRole('list', { name: 'Events', exact: true });
    const timeline = page.getByRole('group', { name: 'Timeline' });
    await expect(list).toBeVisible();
    await expect(timeline).toBeVisible();
    const timelineBox = (await timeline.boundingBox())!;
    const listBox = (await list.boundingBox())!;
    expect(timelineBox.y + timelineBox.height).toBeLessThanOrEqual(listBox.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Filters fold away on a phone and open on demand.
    await expect(page.getByLabel('Type', { exact: true })).toBeHidden();
    await page.getByRole('button', { name: 'Show filters' }).click();
    await page.getByLabel('Type', { exact: true }).selectOption('training');
    await expect(page.getByRole('status').filter({ hasText: /^2 events/ })).toBeVisible();
  });

  test('details open above the list', async ({ page }) => {
    await serveDataset(page);
    await page.goto('./');
    await page.getByRole('link', { name: /Briefing for journalists/ }).click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
    const detailsBox = (await details.boundingBox())!;
    const listBox = (await page.getByRole('list', { name: 'Events', exact: true }).boundingBox())!;
    expect(detailsBox.y).toBeLessThan(listBox.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test('at 1440 px the filters, timeline, list and details sit side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await serveDataset(page);
  await page.goto('./?event=2023-03-28-illegal-operation-headquarters-meeting');
  const filters = (await page.getByLabel('Search', { exact: true }).boundingBox())!;
  const list = (await page.getByRole('list', { name: 'Events', exact: true }).boundingBox())!;
  const details = (await page.getByRole('region', { name: 'Event details' }).boundingBox())!;
  expect(filters.x + filters.width).toBeLessThan(list.x);
  expect(list.x + list.width).toBeLessThanOrEqual(details.x);
});

test('at 1440 px the filters start level with the top of the main column, and stay reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await serveDataset(page);
  await page.goto('./');
  const filters = page.getByRole('complementary', { name: 'Filters and export' });
  const strip = page.getByRole('group', { name: 'Events over time' });
  await expect(strip).toBeVisible();
  const filtersBox = (await filters.boundingBox())!;
  const mainTop = (await strip.evaluate((node) => node.closest('.panel')!.getBoundingClientRect().top))!;
  expect(Math.abs(filtersBox.y - mainTop)).toBeLessThanOrEqual(2);
  // Taller than the window, the sticky panel scrolls by itself, so its last control can be reached.
  expect(filtersBox.height).toBeLessThanOrEqual(700);
  await page.getByRole('button', { name: 'ICS' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'ICS' })).toBeInViewport();
});
