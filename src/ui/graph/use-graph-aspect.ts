import { useEffect } from 'react';
import type { RefObject } from 'react';
import { actions } from '../../store';

/** Keeps the store's graphAspect (what the layout fits) in step with the canvas size. */
export function useGraphAspect(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) actions.setGraphAspect(width / height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [container]);
}
