/**
 * The dock's height as the page-wide CSS variable --dock-height, for what floats over the
 * page's foot (the recovery notice): over the dock it covered the dock's tabs after a
 * reload (a designer's run-through). Removed with the dock (playback has none).
 */
import { useEffect, useRef } from 'react';

export const DOCK_HEIGHT_VARIABLE = '--dock-height';

export function useDockHeightVariable<T extends HTMLElement>(): React.RefObject<T | null> {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    const dock = ref.current;
    if (!dock) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty(DOCK_HEIGHT_VARIABLE, `${dock.offsetHeight}px`),
    );
    observer.observe(dock);
    return () => {
      observer.disconnect();
      root.removeProperty(DOCK_HEIGHT_VARIABLE);
    };
  }, []);
  return ref;
}
