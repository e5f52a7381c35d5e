import { expect, test, type Locator } from '@playwright/test';
import { HOST_ORIGIN } from './origins.ts';

// tests/fixtures/embed/events.json: SCO (or its sub-body SCO-RATS) with Russia in exactly two events.
const SCO_IN_RUSSIA = [
  'SCO anti-terrorist experts meet in Moscow',
  'CSTO, SCO and CIS secretariats sign a joint statement in Moscow',
];
const CIS = ['CSTO, SCO and CIS secretariats sign a joint statement in Moscow', 'CIS council meets in Minsk'];

/** The titles in an element's event list (Playwright's locators pierce its open shadow root). */
function eventItems(element: Locator): Locator {
  return element.getByRole('list', { name: 'Events' }).getByRole('listitem');
}

async function expectEvents(element: Locator, titles: string[]) {
  const items = eventItems(element);
  await expect(items).toHaveCount(titles.length);
  for (const title of titles) await expect(items.filter({ hasText: title })).toHaveCount(1);
}

test('an element on another origin shows only the events its filter matches', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/filtered.html`);
  await expectEvents(page.locator('#sco-in-russia'), SCO_IN_RUSSIA);
});

test('changing the filter or event attribute updates the view', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/filtered.html`);
  const element = page.locator('#sco-in-russia');
  await expectEvents(element, SCO_IN_RUSSIA);

  await element.evaluate((node) => node.setAttribute('filter', 'org=CIS'));
  await expectEvents(element, CIS);

  await element.evaluate((node) => node.setAttribute('event', '2023-05-01-cis-council-meets-in-minsk'));
  const details = element.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: 'CIS council meets in Minsk' })).toBeVisible();
});

test('the height attribute sizes the element', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/filtered.html`);
  const element = page.locator('#sco-in-russia');
  await expect.poll(async () => (await element.boundingBox())?.height).toBe(600);
  await element.evaluate((node) => node.setAttribute('height', '420'));
  await expect.poll(async () => (await element.boundingBox())?.height).toBe(420);
});

test('two elements on one page keep their own filters and selection', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/two-elements.html`);
  const scoInRussia = page.locator('#sco-in-russia');
  const cis = page.locator('#cis');
  await expectEvents(scoInRussia, SCO_IN_RUSSIA);
  await expectEvents(cis, CIS);

  await cis.getByText('CIS council meets in Minsk').first().click();
  await expect(cis.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect(scoInRussia.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await expectEvents(scoInRussia, SCO_IN_RUSSIA);
});

test("selecting events inside the element never changes the host page's URL or history", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/filtered.html`);
  const element = page.locator('#sco-in-russia');
  await expectEvents(element, SCO_IN_RUSSIA);
  const before = await page.evaluate(() => ({ url: location.href, length: history.length }));

  for (const title of SCO_IN_RUSSIA) {
    await eventItems(element).getByText(title).first().click();
    await expect(
      element.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: title }),
    ).toBeVisible();
  }

  expect(await page.evaluate(() => ({ url: location.href, length: history.length }))).toEqual(before);
});

test('an element added by script follows the src and filter set after it is connected', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/two-elements.html`);
  await page.locator('#cis').evaluate((node) => node.remove());
  await page.evaluate(() =>
    document.body.prepend(Object.assign(document.createElement('csto-timeline'), { id: 'late' })),
  );
  await page.locator('#late').evaluate((node) => {
    node.setAttribute('src', '/events.json');
    node.setAttribute('filter', 'org=CIS');
  });
  await expectEvents(page.locator('#late'), CIS);
});

test('in an article column narrower than the screen, the element lays itself out for its own width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${HOST_ORIGIN}/narrow-column.html`);
  const element = page.locator('#in-column');
  await expect(eventItems(element).first()).toBeVisible();
  // As on a phone: the filters fold behind a button, and the list sits under the timeline.
  await expect(element.getByRole('button', { name: 'Show filters' })).toBeVisible();
  await expect(element.getByLabel('Type', { exact: true })).toBeHidden();
  const timeline = await element.getByRole('region', { name: 'Timeline of events' }).boundingBox();
  const list = await element.getByRole('region', { name: 'List of events' }).boundingBox();
  expect(list!.y).toBeGreaterThan(timeline!.y + timeline!.height - 1);
  const box = await element.boundingBox();
  expect(list!.x + list!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
});

test('in a short element on a tall screen, the filter column fits the element and scrolls within it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${HOST_ORIGIN}/filtered.html`);
  const element = page.locator('#sco-in-russia');
  await element.evaluate((node) => node.setAttribute('height', '420'));
  const filters = element.getByRole('complementary', { name: 'Filters and export' });
  await expect(filters.getByLabel('Type', { exact: true })).toBeVisible();
  // Scrolled down the element, the column sticks to its top; sized by the viewport (900 px),
  // it ran past the element's bottom edge, its last controls out of reach.
  await element.getByRole('region', { name: 'List of events' }).evaluate((list) => list.scrollIntoView());
  const box = (await element.boundingBox())!;
  const column = (await filters.boundingBox())!;
  expect(column.y).toBeGreaterThanOrEqual(box.y);
  expect(column.y + column.height).toBeLessThanOrEqual(box.y + box.height);
  const exports = filters.getByRole('group', { name: 'Export the events shown' });
  await exports.scrollIntoViewIfNeeded();
  await expect(exports).toBeInViewport();
});
