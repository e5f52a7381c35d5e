import { expect, test, type Page } from '@playwright/test';
import { serveDataset } from './datasets';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ events?/ });
const items = (page: Page) => page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem');

test.beforeEach(async ({ page }) => {
  await serveDataset(page);
  await page.goto('./');
  await expect(count(page)).toHaveText(/^8 events$/);
});

test('the organisation filter includes sub-bodies and updates count and URL', async ({ page }) => {
  await page.getByLabel('Organization', { exact: true }).selectOption('SCO');
  await expect(count(page)).toHaveText(/^2 events of 8/);
  await expect(items(page)).toHaveCount(2);
  await expect(page).toHaveURL(/\?org=SCO$/);
  await page.getByLabel('Organization', { exact: true }).selectOption('CSTO');
  // Every fixture event names a CSTO body, most of them only a sub-body.
  await expect(count(page)).toHaveText(/^8 events$/);
  await page.getByLabel('Organization', { exact: true }).selectOption('CSTO-CRRF');
  await expect(count(page)).toHaveText(/^2 events/);
  await expect(items(page).first()).toContainText('Training of CSTO CRRF special forces commanders');
});

test('country, type and search filters narrow the list and write the URL', async ({ page }) => {
  await page.getByLabel('Country', { exact: true }).selectOption('KZ');
  await expect(count(page)).toHaveText(/^2 events/);
  await expect(page).toHaveURL(/\?country=KZ$/);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText(/^8 events/);
  await page.getByLabel('Type', { exact: true }).selectOption('training');
  await expect(count(page)).toHaveText(/^2 events/);
  await expect(page).toHaveURL(/\?type=training$/);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Zas');
  await expect(count(page)).toHaveText(/^2 events/);
  await expect(page).toHaveURL(/\?q=Zas$/);
});

test('facet counts follow the other filters', async ({ page }) => {
  const type = page.getByLabel('Type', { exact: true });
  await expect(type.getByRole('option', { name: 'Training (2)' })).toBeAttached();
  await page.getByLabel('Country', { exact: true }).selectOption('RU');
  await expect(type.getByRole('option', { name: 'Training (1)' })).toBeAttached();
  await expect(type.getByRole('option', { name: 'Briefing (0)' })).toBeAttached();
});

test('date bounds keep overlapping events and hide undated ones', async ({ page }) => {
  await page.getByLabel('From', { exact: true }).fill('2023');
  await page.getByLabel('From', { exact: true }).press('Enter');
  await expect(count(page)).toHaveText(/^5 events/);
  await expect(page).toHaveURL(/\?from=2023$/);
  await page.getByLabel('To', { exact: true }).fill('2023-03');
  await page.getByLabel('To', { exact: true }).press('Tab');
  await expect(count(page)).toHaveText(/^2 events/);
  await expect(page).toHaveURL(/\?from=2023&to=2023-03$/);
});

test('a bad date bound is pointed out and not applied', async ({ page }) => {
  await page.getByLabel('From', { exact: true }).fill('2023-13');
  await page.getByLabel('From', { exact: true }).press('Enter');
  await expect(page.getByText('Use YYYY, YYYY-MM or YYYY-MM-DD.')).toBeVisible();
  await expect(count(page)).toHaveText(/^8 events/);
});

test('bad URL parameters are ignored and the view still works', async ({ page }) => {
  await page.goto('./?type=party&country=russia&from=2023-99&org=CSTO-CRRF,NOPE&event=%3Cx%3E&utm=1');
  await expect(count(page)).toHaveText(/^2 events/);
  await expect(page.getByLabel('Organization', { exact: true })).toHaveValues(['CSTO-CRRF']);
  await expect(page.getByRole('region', { name: 'Event details' })).toBeHidden();
});

test('dragging across the density strip chooses a date range', async ({ page }) => {
  const strip = page.getByRole('group', { name: 'Events over time' });
  const from = (await strip.getByRole('button', { name: /^March 2023/ }).boundingBox())!;
  const to = (await strip.getByRole('button', { name: /^September 2024/ }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?from=2023-03&to=2024-09$/);
  await expect(count(page)).toHaveText(/^4 events of 8/);
  await expect(strip.getByRole('button', { pressed: true })).toHaveCount(19);
});

test('the filter panel copies a link to the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Type', { exact: true }).selectOption('training');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/\?type=training$/);
});
