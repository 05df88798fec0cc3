import type { Pledge } from "../../db/schema";

/** The pledge's reference (AD-0042); a pledge from before references were given has its id. */
export function pledgeReference(pledge: Pledge): string {
  return pledge.reference ?? `#${pledge.id}`;
}
