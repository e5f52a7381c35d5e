import { expect, test, type Locator, type Page } from '@playwright/test';
import { APP_ORIGIN, HOST_ORIGIN } from './origins.ts';

const STYLE_PROPERTIES = [
  'color',
  'font-size',
  'font-family',
  'font-style',
  'letter-spacing',
  'line-height',
  'text-align',
  'display',
  'margin-top',
  'padding-top',
  'border-top-style',
  'list-style-type',
  'background-color',
];

async function computedStyles(target: Locator) {
  return target.evaluate((node, properties) => {
    const style = getComputedStyle(node);
    return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
  }, STYLE_PROPERTIES);
}

/** What a reader sees of an element: the styles and sizes of its list, first item and count. */
async function lookOfElement(page: Page, path: string) {
  await page.goto(`${HOST_ORIGIN}/${path}`);
  const element = page.locator('#sco-in-russia');
  const list = element.getByRole('list', { name: 'Events' });
  const firstItem = list.getByRole('listitem').first();
  await expect(firstItem).toBeVisible();
  const count = element.getByText(/^\d+ events?/).first();
  return {
    list: await computedStyles(list),
    item: await computedStyles(firstItem),
    itemSize: await firstItem.evaluate((node) => [node.clientWidth, node.clientHeight]),
    count: await computedStyles(count),
  };
}

test("the host page's styles do not change the element", async ({ page }) => {
  const plain = await lookOfElement(page, 'filtered.html');
  const underHostileStyles = await lookOfElement(page, 'hostile-styles.html');
  expect(underHostileStyles).toEqual(plain);
});

// Inside a shadow root, rem follows the host page's root font size, which the element cannot
// shield: the timeline's theme must size its text in px.
test("the host page's root font size does not change the timeline's text", async ({ page }) => {
  const timelineTextSize = async (path: string) => {
    await page.goto(`${HOST_ORIGIN}/${path}`);
    const axisLabel = page
      .locator('#sco-in-russia .vis-time-axis .vis-text.vis-major:not(.vis-measure)')
      .first();
    await expect(axisLabel).toBeVisible();
    return axisLabel.evaluate((node) => getComputedStyle(node).fontSize);
  };
  expect(await timelineTextSize('hostile-styles.html')).toBe(await timelineTextSize('filtered.html'));
});

test("the element's styles do not change the host page", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/late-embed.html`);
  const hostElements = [
    'body',
    'h1',
    '#host-paragraph',
    '#host-paragraph a',
    '#host-paragraph button',
    '#host-list',
    '#host-list li',
    '#notes',
  ];
  const hostLook = () =>
    Promise.all(hostElements.map((selector) => computedStyles(page.locator(selector).first())));
  const before = await hostLook();

  await page.addScriptTag({ url: `${APP_ORIGIN}/embed.js`, type: 'module' });
  await expect(page.locator('#cis').getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(
    2,
  );

  expect(await hostLook()).toEqual(before);
  // Nothing was added to the host document's own styles: they live in the element's shadow root.
  expect(
    await page.evaluate(() => [document.styleSheets.length, document.adoptedStyleSheets.length]),
  ).toEqual([0, 0]);
});
