import { expect, test, type Locator } from '@playwright/test';
import { APP_ORIGIN, HOST_ORIGIN } from './origins.ts';

// Borders and shadows are Tailwind utilities built on `--tw-*` properties that Tailwind registers
// with @property, which shadow roots ignore: without fallbacks they vanish inside the element.
const PANEL_PROPERTIES = [
  'border-top-style',
  'border-top-width',
  'border-top-color',
  'box-shadow',
  'border-radius',
];

function panelLook(panel: Locator) {
  return panel.evaluate(
    (node, properties) => properties.map((property) => getComputedStyle(node).getPropertyValue(property)),
    PANEL_PROPERTIES,
  );
}

test('the element draws panels as the explorer does', async ({ page }) => {
  await page.goto(`${APP_ORIGIN}/`);
  const explorerPanel = page.getByRole('region', { name: 'List of events' });
  const explorerLook = await panelLook(explorerPanel);
  expect(explorerLook[0]).toBe('solid');

  await page.goto(`${HOST_ORIGIN}/filtered.html`);
  const elementPanel = page.locator('#sco-in-russia').getByRole('region', { name: 'List of events' });
  expect(await panelLook(elementPanel)).toEqual(explorerLook);
});
