// The report's charts have a fixed width that fits A4 (REPORT_CHART_WIDTH); on a screen
// narrower than that (a phone, a tablet held upright) they shrink to their card's content
// width instead of pushing the page sideways. Measured with a ResizeObserver on the card.
import { useCallback, useState, type RefCallback } from "react";

export function useFittedWidth(max: number): [RefCallback<HTMLElement>, number] {
  const [width, setWidth] = useState(max);
  const ref = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return;
      const measure = () => {
        const style = getComputedStyle(el);
        const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (inner > 0) setWidth(Math.min(max, Math.floor(inner)));
      };
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(el);
      return () => observer.disconnect();
    },
    [max],
  );
  return [ref, width];
}
