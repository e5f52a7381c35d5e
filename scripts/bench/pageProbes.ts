// Code that runs inside the benchmarked page. Kept free of imports: Playwright serialises these
// functions into the page as source text.

declare global {
  interface Window {
    benchMarks: { firstListItem?: number; firstTimelineItem?: number };
  }
}

const LIST_ITEM = 'ul[aria-label="Events"] li, [role="list"][aria-label="Events"] [role="listitem"]';
const TIMELINE_ITEM = '.vis-timeline .vis-item';

/** Before any page script: records when the first list item and the first timeline item appear. */
export function recordFirstRenders(selectors: { listItem: string; timelineItem: string }) {
  window.benchMarks = {};
  new MutationObserver((_, observer) => {
    const marks = window.benchMarks;
    const now = performance.now();
    if (marks.firstListItem === undefined && document.querySelector(selectors.listItem))
      marks.firstListItem = now;
    if (marks.firstTimelineItem === undefined && document.querySelector(selectors.timelineItem))
      marks.firstTimelineItem = now;
    if (marks.firstListItem !== undefined && marks.firstTimelineItem !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

export const FIRST_RENDER_SELECTORS = { listItem: LIST_ITEM, timelineItem: TIMELINE_ITEM };

/**
 * Chooses `types` in the Type control as a user would (a change event on the native select) and
 * times, from that event, the update of the live count (the list) and the next redraw of the
 * timeline, each followed by the frame that paints it.
 */
export async function timeTypeChange(types: string[]): Promise<{ list: number; timeline: number | null }> {
  const select = [...document.querySelectorAll('select')].find((node) =>
    node.labels?.[0]?.textContent?.trim().startsWith('Type'),
  );
  const count = [...document.querySelectorAll('[role="status"]')].find((node) =>
    /^\d/.test(node.textContent ?? ''),
  );
  const timeline = document.querySelector('.vis-timeline');
  if (!select || !count || !timeline) throw new Error('the page has no Type select, live count or timeline');
  const countBefore = count.textContent;
  const nextFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
    );
  const whenMutated = (target: Node, accept: () => boolean, timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!accept()) return;
        observer.disconnect();
        resolve(true);
      });
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, timeoutMs);
    });

  const listUpdated = whenMutated(count, () => count.textContent !== countBefore, 30_000);
  const timelineUpdated = whenMutated(timeline, () => true, 30_000);
  const start = performance.now();
  for (const option of select.options) option.selected = types.includes(option.value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (!(await listUpdated))
    throw new Error(`the count did not change after choosing ${types.join(',') || 'no type'}`);
  const list = (await nextFrame()) - start;
  const timelineChanged = await timelineUpdated;
  return { list, timeline: timelineChanged ? (await nextFrame()) - start : null };
}
