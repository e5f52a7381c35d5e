import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: work that can wait (the
 * timeline) starts after the list is on screen. A frame, then a task, is after the paint.
 */
export function useHasPainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
