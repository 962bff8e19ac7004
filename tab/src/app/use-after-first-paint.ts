import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once after `ready`, then true for good. The board renders
 * what the first screen shows (title, the five steps) in its first commit and the parts below it
 * right after that paint, so the first view does not wait for work nobody sees yet.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
