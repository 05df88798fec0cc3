// English strings of the committee's views; the same keys as de.committee.ts.
import type { deCommittee } from "./de.committee";

export const enCommittee: Record<keyof typeof deCommittee, string> = {
  "committee.report": "Report",
};
