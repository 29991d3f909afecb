/**
 * The dock bar's summary of the last run, whole in the room it gets: the full sentence
 * where it fits the bar's two lines, else a shorter form of it, the full sentence always
 * in the tooltip and read out. At 1440 px beside the sidebar and the inspector the bar
 * left some 150 px and the full sentence was cut ("Last run: mean wait 0.3 min, 90 %…").
 * The full sentence stays laid out, unseen, to be measured as the room changes.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export function SummaryLine({ full, short }: { full: string; short: string }) {
  const fullRef = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const element = fullRef.current;
    if (!element) return;
    const measure = () =>
      setCut(
        element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1,
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [full]);
  return (
    <p className="dock__summary dock__summary--fitting" role="status" title={full} data-cut={cut}>
      <span ref={fullRef} className="dock__summary-full">
        {full}
      </span>
      <span className="dock__summary-short" aria-hidden="true">
        {short}
      </span>
    </p>
  );
}
