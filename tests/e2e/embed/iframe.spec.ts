import { expect, test } from '@playwright/test';
import { HOST_ORIGIN } from './origins.ts';

declare global {
  interface Window {
    heightMessages: unknown[];
  }
}

test('the iframe mode posts its height, and embed-frame.js sizes the frame to it', async ({ page }) => {
  await page.addInitScript(() => {
    window.heightMessages = [];
    window.addEventListener('message', (event) => window.heightMessages.push(event.data));
  });
  await page.goto(`${HOST_ORIGIN}/iframe.html`);

  await expect
    .poll(() => page.evaluate(() => window.heightMessages))
    .toContainEqual({ type: 'csto-timeline:height', height: expect.any(Number) });
  // The frame starts at 150px; once its content has loaded it reports more, and is resized to it.
  const latestHeightAndFrame = () =>
    page.locator('#frame').evaluate((frame: HTMLIFrameElement) => {
      const heights = window.heightMessages.map((data) => (data as { height?: number }).height ?? 0);
      return { reported: heights.at(-1), frame: frame.clientHeight };
    });
  await expect
    .poll(async () => {
      const { reported, frame } = await latestHeightAndFrame();
      return reported !== undefined && reported > 150 && frame === reported;
    })
    .toBe(true);
});
