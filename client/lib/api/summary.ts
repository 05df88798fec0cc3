// The staff's view of a campaign's figures (campaign.summary with `scope: "full"`): the
// dashboard, the committee's sections and report, and the rule texts all read this shape.
import type { RouterOutputs } from "../trpc";

type AnySummary = RouterOutputs["campaign"]["summary"];

/** Staff see the full summary; a sponsor's is `scope: "overall"` and never reaches their screens. */
export type FullSummary = Extract<AnySummary, { scope: "full" }>;
export type Rule = FullSummary["rules"][number];

/** react-query's `select` on staff screens: an overall-only summary (a sponsor's) is an error there. */
export function selectFullSummary(summary: AnySummary): FullSummary {
  if (summary.scope !== "full") throw new Error("the staff's figures are for organisers, the committee and admins");
  return summary;
}
