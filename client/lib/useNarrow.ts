// Whether the window is a phone's width: lists show cards and fold their filters away below
// it, and the cumulative chart drops its second axis. The same width as the CSS breakpoints.
import { useSyncExternalStore } from "react";

export const NARROW = "(max-width: 600px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

export const useNarrow = () => useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
