import { expect, test } from '@playwright/test';
import { serveDataset } from './datasets';

test('a source shows its passage where it stands in the published document', async ({ page, request }) => {
  await page.goto('./');
  await page.getByRole('list', { name: 'Events', exact: true }).getByRole('link').first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  const source = details.getByRole('listitem').filter({ hasText: 'Characters' }).first();
  const [, start, end] = /^\S+\.txtCharacters ([\d,]+)–([\d,]+)/.exec((await source.textContent()) ?? '')!;
  await source.getByText('Show the passage').click();

  const open = source.getByRole('link', { name: 'Open the whole document' });
  await expect(open).toBeVisible();
  const document = await request.get((await open.getAttribute('href'))!);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await document.body());
  const offset = (digits: string) => Number(digits.replaceAll(',', ''));
  // The highlight is exactly the span the dataset names, with the page's text around it.
  const quote = source.locator('blockquote');
  await expect(quote.locator('mark')).toHaveText(text.slice(offset(start!), offset(end!)));
  expect(((await quote.textContent()) ?? '').length).toBeGreaterThan(offset(end!) - offset(start!));
});

test('without its document beside the dataset, a source shows the passage as read, and says so', async ({
  page,
}) => {
  // The fixture names real seed files but other checksums: not the documents it was built from.
  await serveDataset(page);
  await page.goto('./?event=2023-03-27-crrf-special-forces-training');
  const details = page.getByRole('region', { name: 'Event details' });
  const source = details.getByRole('listitem').filter({ hasText: 'Characters' }).first();
  await source.getByText('Show the passage').click();
  await expect(source.getByText('The document is not published beside this dataset')).toBeVisible();
  await expect(source.locator('blockquote mark')).toContainText('CRRF');
  await expect(source.getByRole('link', { name: 'Open the whole document' })).toHaveCount(0);
});
