import { expect, test } from '@playwright/test';

// Runs on whatever dataset the build ships (the seeds' one), so it asserts only what any
// dataset must give: events listed, a count that matches the list, and a drawn timeline.
test('loads the dataset and shows the list, the count and the timeline', async ({ page }) => {
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Events', exact: true });
  await expect(list).toBeVisible();
  const items = list.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  await expect(page.getByRole('status').filter({ hasText: /^\d[\d,]* events?/ })).toHaveText(
    new RegExp(`^${count.toLocaleString('en-GB')} events?`),
  );
  const timeline = page.getByRole('group', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  // The first dated event in the list is drawn on the axis with its title.
  const firstTitle = (await items.first().locator('a > span > span').first().textContent()) ?? '';
  await expect(timeline.getByText(firstTitle.slice(0, 30)).first()).toBeAttached();
});
