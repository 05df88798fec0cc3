// German strings of the committee's tables (pipeline, cash flow, breakdowns) and the printable
// report; spread into `de` (de.ts), so en.report.ts must have the same keys.
export const deReport = {
  "report.title": "Bericht für den Lenkungskreis",
};
