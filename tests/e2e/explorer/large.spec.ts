import { expect, test } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';

const TYPES = ['meeting', 'training', 'signing', 'briefing'] as const;

/** A synthetic dataset of `size` one-day events spread over 2000-2024, from the small fixture's registries. */
function largeDataset(size: number): string {
  const template = smallDataset as unknown as { events: Record<string, unknown>[] };
  const events = Array.from({ length: size }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 9000) * 86_400_000).toISOString().slice(0, 10);
    return {
      ...template.events[0],
      id: `event-${i}`,
      title:
        i % 3 === 0
          ? `Synthetic event ${i} with a title long enough to need more than one line in a list row of any width, ${'and more words '.repeat(8)}`
          : `Synthetic event ${i}`,
      type: TYPES[i % TYPES.length],
      date: { start: day, end: day, precision: 'day', certainty: 'explicit', text: day },
    };
  });
  return JSON.stringify({ ...smallDataset, events });
}

test('a large dataset keeps a virtual list and counted buckets on the timeline', async ({ page }) => {
  await serveDataset(page, largeDataset(3000));
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: /^3,000 events$/ })).toBeVisible();
  const items = page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem');
  await expect(items.first()).toHaveAttribute('aria-setsize', '3000');
  expect(await items.count()).toBeLessThan(100);

  const timeline = page.getByRole('group', { name: 'Timeline' });
  const buckets = timeline.getByText(/^\d+$/);
  const events = timeline.getByText(/^Synthetic event \d+/);
  await expect(buckets.first()).toBeVisible();
  // A bucket opens onto its period (year, then month), until the events themselves show.
  for (let depth = 0; depth < 3 && !(await events.count()); depth++) {
    await buckets.first().click();
    await page.waitForTimeout(500);
  }
  await expect(events.first()).toBeVisible();
  await page.getByLabel('Type', { exact: true }).selectOption('training');
  await expect(page.getByRole('status').filter({ hasText: /^750 events of 3,000$/ })).toBeVisible();
});

test('virtual rows stack without overlap, and a long title stays whole in its tooltip', async ({ page }) => {
  await serveDataset(page, largeDataset(3000));
  await page.goto('./');
  const rows = page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  // What each row shows (its link) must end where the next row starts: no overlap, no gap.
  const boxes = await rows.evaluateAll((nodes) =>
    nodes
      .map((node) => ({
        row: node.getBoundingClientRect(),
        shown: node.firstElementChild!.getBoundingClientRect(),
      }))
      .sort((a, b) => a.row.top - b.row.top),
  );
  expect(boxes.length).toBeGreaterThan(5);
  for (const [above, below] of boxes.slice(0, -1).map((box, i) => [box, boxes[i + 1]!] as const)) {
    expect(Math.abs(below.row.top - above.shown.bottom)).toBeLessThan(1);
  }
  const longTitle = page
    .getByRole('list', { name: 'Events', exact: true })
    .getByTitle(/^Synthetic event \d+ with a title long enough/)
    .first();
  await expect(longTitle).toBeVisible();
  const { clientHeight, lineHeight } = await longTitle.evaluate((node) => ({
    clientHeight: node.clientHeight,
    lineHeight: parseFloat(getComputedStyle(node).lineHeight),
  }));
  expect(clientHeight).toBeLessThan(lineHeight * 1.5);
});

test('the virtual list scrolls to a deep-linked event and draws rows wherever it is scrolled', async ({
  page,
}) => {
  await serveDataset(page, largeDataset(3000));
  await page.goto('./?event=event-2001');
  const list = page.getByRole('list', { name: 'Events', exact: true });
  const selected = list.locator('[aria-current="true"]');
  await expect(selected).toBeInViewport();
  await expect(selected).toContainText('Synthetic event 2001');

  await list.evaluate((node) => node.parentElement!.scrollTo({ top: node.scrollHeight }));
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', '3000');
  await expect(list.getByRole('listitem').last()).toBeInViewport();
});

test('bucket counts and their tooltips follow a filter change', async ({ page }) => {
  await serveDataset(page, largeDataset(3000));
  await page.goto('./');
  const timeline = page.getByRole('group', { name: 'Timeline' });
  const buckets = timeline.locator('.vis-item.event-bucket');
  const total = async () =>
    (await buckets.locator('.vis-item-content').allTextContents()).reduce(
      (sum, text) => sum + Number(text),
      0,
    );
  await expect(buckets.first()).toBeVisible();
  await expect.poll(total).toBe(3000);

  await page.getByLabel('Type', { exact: true }).selectOption('training');
  await expect(page.getByRole('status').filter({ hasText: /^750 events of 3,000$/ })).toBeVisible();
  await expect.poll(total).toBe(750);
  const first = buckets.first();
  const count = (await first.locator('.vis-item-content').textContent())!;
  await first.hover();
  await expect(page.locator('.vis-tooltip')).toHaveText(new RegExp(`^${count} events from `));
});
