import { expect, test } from '@playwright/test';
import { serveDataset } from './datasets';

test.beforeEach(async ({ page }) => serveDataset(page));

test('a deep link opens the right event', async ({ page }) => {
  await page.goto('./?event=2023-03-27-crrf-special-forces-training');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Training of CSTO CRRF special forces commanders',
  );
  await expect(details).toContainText(/27\s?–\s?30 March 2023/);
  await expect(details).toContainText('CSTO Collective Rapid Reaction Forces (CSTO-CRRF)');
  await expect(details).toContainText('Russia (RU)');
  await expect(details).toContainText('000_d94c626cff1ced87.txt');
  // The timeline shows the event selected.
  await expect(
    page.getByRole('group', { name: 'Timeline' }).getByText('Training of CSTO CRRF'),
  ).toBeVisible();
});

test('an unknown event id says so and offers a way back', async ({ page }) => {
  await page.goto('./?event=no-such-event&type=training');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: 'Event not found' })).toBeVisible();
  await details.getByRole('button', { name: 'Back to all events' }).click();
  await expect(details).toBeHidden();
  await expect(page).toHaveURL(/\?type=training$/);
});

test('selecting pushes history: Back closes the details, Forward reopens them', async ({ page }) => {
  await page.goto('./?type=training');
  await page.getByRole('link', { name: /Joint exercise "Interaction-2025"/ }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Joint exercise "Interaction-2025" announced',
  );
  await expect(page).toHaveURL(/\?event=2025-exercise-interaction&type=training$/);
  await page.goBack();
  await expect(details).toBeHidden();
  await expect(page).toHaveURL(/\?type=training$/);
  await page.goForward();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Joint exercise "Interaction-2025" announced',
  );
});

test('filter edits replace the history entry instead of piling up', async ({ page }) => {
  await page.goto('./');
  await page.goto('./?type=meeting');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Illegal');
  await expect(page).toHaveURL(/\?type=meeting&q=Illegal$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('keyboard only: open from the list, step through time, close back to the list', async ({ page }) => {
  await page.goto('./');
  const list = page.getByRole('list', { name: 'Events', exact: true });
  const first = list.getByRole('link').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Event details' });
  const heading = details.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Agreement on jurisdiction and legal assistance entered into force');
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(/^Joint Position of the SCO RATS/);
  await expect(page).toHaveURL(/\?event=2022-02-16-joint-position-on-combating-terrorism-signed$/);
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText('Agreement on jurisdiction and legal assistance entered into force');
  await details.getByRole('button', { name: 'Next event' }).click();
  await expect(heading).toHaveText(/^Joint Position/);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(list.getByRole('link', { name: /^Joint Position/ })).toBeFocused();
});

test('the timeline zooms and moves from the keyboard and its buttons', async ({ page }) => {
  await page.goto('./');
  const timeline = page.getByRole('group', { name: 'Timeline' });
  // The first event sits near the left edge of the fitted window: zooming in on the middle
  // pushes it further left, moving the window earlier pushes it right.
  const first = timeline.getByText('Agreement on jurisdiction');
  // vis-timeline drops items that leave the window: this one can only leave past the left edge.
  const left = async () => (await first.boundingBox())?.x ?? Number.NEGATIVE_INFINITY;
  await expect(first).toBeVisible();
  const fitted = await left();
  await timeline.focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press('+');
  await expect.poll(left).toBeLessThan(fitted - 100);
  await page.keyboard.press('0');
  await expect.poll(left).toBeCloseTo(fitted, -1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(left).toBeGreaterThan(fitted + 100);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(left).toBeCloseTo(fitted, -1);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(left).toBeLessThan(fitted - 50);
});

test('an event opened from the timeline gives focus back to the timeline when closed', async ({ page }) => {
  await page.goto('./');
  const timeline = page.getByRole('group', { name: 'Timeline' });
  await timeline.getByText('Agreement on jurisdiction').click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Agreement on jurisdiction and legal assistance entered into force',
  );
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(timeline).toBeFocused();
});
