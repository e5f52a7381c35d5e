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
 * times, from that event, until the frame that shows the new live count (the list), and until the
 * frame that shows the timeline's last change (the list and the timeline).
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
  const EVERY_CHANGE = { childList: true, subtree: true, characterData: true, attributes: true };
  // Frames to wait for the timeline to settle: more would be its clock, not the change.
  const MAX_TIMELINE_FRAMES = 10;
  // vis-timeline changes its DOM during the change and in animation frames after it: the timeline
  // is updated in the first frame drawn after its last change. Changes are counted, not timed:
  // performance.now() is coarse (0.1 ms), so a change reported just before a frame's callbacks
  // often read as the same time, and the measure waited a whole frame more.
  let timelineChanges = 0;
  /** The next frame: the timeline changes seen when its animation callbacks ran, and the time just after it was shown. */
  const nextFrame = () =>
    new Promise<{ changesWhenDrawn: number; shown: number }>((resolve) =>
      requestAnimationFrame(() => {
        const changesWhenDrawn = timelineChanges;
        setTimeout(() => resolve({ changesWhenDrawn, shown: performance.now() }));
      }),
    );
  const whenMutated = (target: Node, accept: () => boolean, timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!accept()) return;
        observer.disconnect();
        resolve(true);
      });
      observer.observe(target, EVERY_CHANGE);
      setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, timeoutMs);
    });

  let timelineChanged: (changed: boolean) => void = () => {};
  const timelineUpdated = new Promise<boolean>((resolve) => (timelineChanged = resolve));
  const timelineObserver = new MutationObserver(() => {
    timelineChanges++;
    timelineChanged(true);
  });
  timelineObserver.observe(timeline, EVERY_CHANGE);
  setTimeout(() => timelineChanged(false), 30_000);
  const listUpdated = whenMutated(count, () => count.textContent !== countBefore, 30_000);
  const start = performance.now();
  for (const option of select.options) option.selected = types.includes(option.value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (!(await listUpdated))
    throw new Error(`the count did not change after choosing ${types.join(',') || 'no type'}`);
  let frame = await nextFrame();
  const list = frame.shown - start;
  if (!(await timelineUpdated)) {
    timelineObserver.disconnect();
    return { list, timeline: null };
  }
  for (let frames = 0; frame.changesWhenDrawn !== timelineChanges && frames < MAX_TIMELINE_FRAMES; frames++) {
    frame = await nextFrame();
  }
  timelineObserver.disconnect();
  return { list, timeline: frame.shown - start };
}
