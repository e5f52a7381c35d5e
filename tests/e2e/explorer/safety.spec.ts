import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { serveDataset, xssDataset } from './datasets';

test('markup in the dataset shows as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  await serveDataset(page, xssDataset);
  await page.goto('./?event=xss-event');
  const details = page.getByRole('region', { name: 'Event details' });
  const title = `Talks <img src=x onerror="window.__xss='img'"> and <script>window.__xss='script'</script> end`;
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(details).toContainText(`<svg onload="window.__xss='svg'">`);
  await expect(details).toContainText(`<b onmouseover="window.__xss='place'">Moscow</b>`);
  await details.getByText('Show the passage').click();
  await expect(page.getByRole('list', { name: 'Events', exact: true })).toContainText(title);
  // The timeline draws the title as text too, and so does its tooltip on hover.
  const item = page.getByRole('group', { name: 'Timeline' }).getByText('Talks <img src=x');
  await expect(item).toBeVisible();
  await item.hover();
  await expect(page.getByText(`${title} (16 February 2022)`)).toBeVisible();
  await page.getByLabel('Organization', { exact: true }).focus();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator('img, script:not([src]), svg[onload], iframe').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('no serious or critical accessibility violations, with and without details open', async ({ page }) => {
  await serveDataset(page);
  for (const url of [
    './',
    './?event=2023-05-consultations-on-afghanistan&type=consultations',
    './?event=missing',
  ]) {
    await page.goto(url);
    await expect(page.getByRole('list', { name: 'Events', exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Timeline' }).locator('.vis-timeline')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(
      serious.map(
        (violation) => `${url}: ${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      ),
    ).toEqual([]);
  }
});
