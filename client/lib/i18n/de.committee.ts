// German strings of the committee's views (projection, pipeline, cash flow, breakdowns,
// report); spread into `de` (de.ts), so en.committee.ts must have the same keys.
export const deCommittee = {
  "committee.report": "Bericht",
};
