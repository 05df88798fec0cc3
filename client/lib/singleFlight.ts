// A double click (or Enter pressed twice) sends a write twice before React has rendered the
// button disabled: `isPending` only reaches the component on its next render. The second
// request carries the same expectedVersion and is refused as "changed by someone else". This
// gate drops a call while one with the same input is still on its way, synchronously.
import type { MutateOptions } from "@tanstack/react-query";

type Mutate<D, E, V, C> = (variables: V, options?: MutateOptions<D, E, V, C>) => void;

/** `mutate`, except that a call with the input of one still in flight is dropped (returns false). */
export function singleFlight<D, E, V, C>(
  mutate: Mutate<D, E, V, C>,
): (variables: V, options?: MutateOptions<D, E, V, C>) => boolean {
  const inFlight = new Set<string>();
  return (variables, options) => {
    const key = JSON.stringify(variables);
    if (inFlight.has(key)) return false;
    inFlight.add(key);
    mutate(variables, {
      ...options,
      onSettled: (...args) => {
        inFlight.delete(key);
        options?.onSettled?.(...args);
      },
    });
    return true;
  };
}
