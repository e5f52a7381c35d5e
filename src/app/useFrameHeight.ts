import { useEffect, type RefObject } from 'react';

/**
 * In `?embed=1` mode the explorer tells the page that frames it how tall it is, on load and on
 * every resize, so the host can size the iframe without scrollbars. The message is
 *   { type: 'csto-timeline:height', height: <CSS pixels> }
 * posted to `parent` with target origin '*' (it carries no private data); hosts should check
 * `event.source` is their iframe before applying it.
 */
export function useFrameHeight(ref: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || window.parent === window) return;
    const post = () =>
      window.parent.postMessage(
        { type: 'csto-timeline:height', height: Math.ceil(element.scrollHeight) },
        '*',
      );
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
}
