import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serveDataset } from './datasets';

async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Export the events shown' })
      .getByRole('button', { name: format })
      .click(),
  ]);
  return readFile((await file.path())!, 'utf8');
}

test('exports exactly the filtered events as CSV, JSON and ICS', async ({ page }) => {
  await serveDataset(page);
  await page.goto('./?type=training');
  await expect(page.getByRole('status').filter({ hasText: /^2 events/ })).toBeVisible();

  const csv = (await download(page, 'CSV')).trim().split('\r\n');
  expect(csv[0]).toMatch(/^id,title,start,end,/);
  expect(csv.slice(1).map((row) => row.split(',')[0])).toEqual([
    '2023-03-27-crrf-special-forces-training',
    '2025-exercise-interaction',
  ]);

  const json = JSON.parse(await download(page, 'JSON'));
  expect(json.count).toBe(2);
  expect(json.view).toMatch(/\?type=training$/);

  const ics = await download(page, 'ICS');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('DTSTART;VALUE=DATE:20230327\r\nDTEND;VALUE=DATE:20230331');
});

test('the timeline groups by type or organisation, and the URL keeps the choice', async ({ page }) => {
  await serveDataset(page);
  await page.goto('./');
  const timeline = page.getByRole('group', { name: 'Timeline' });
  await page.getByLabel('Group by').selectOption('type');
  await expect(page).toHaveURL(/\?group=type$/);
  await expect(timeline.getByText('Consultations', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Conference', { exact: true })).toHaveCount(0);
  await page.getByLabel('Group by').selectOption('organization');
  await expect(page).toHaveURL(/\?group=organization$/);
  await expect(timeline.getByText('SCO', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Group by')).toHaveValue('organization');
});
