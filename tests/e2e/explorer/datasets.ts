import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/app/${name}`, import.meta.url), 'utf8');
}

export const smallDataset = JSON.parse(fixture('small-dataset.json')) as {
  events: { id: string; title: string }[];
};
export const xssDataset = fixture('xss-dataset.json');

/** Serves a dataset in place of the built one, so the tests do not depend on the builder's output. */
export async function serveDataset(page: Page, body: string = fixture('small-dataset.json'), status = 200) {
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body }),
  );
}
