// English strings of the committee's tables and the printable report; the same keys as de.report.ts.
import type { deReport } from "./de.report";

export const enReport: Record<keyof typeof deReport, string> = {
  "report.title": "Report for the steering committee",
};
