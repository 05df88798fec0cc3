// A donation receipt may only be issued while the tax office's notice is recent enough
// (§ 63 Abs. 5 AO): a Freistellungsbescheid (or the annex to the corporate tax notice) at
// most five years back, a § 60a Feststellungsbescheid at most three, counted to the day from
// the notice's date to the day the receipt is issued.
import { addYears } from "./dates";

export const EXEMPTION_KINDS = ["freistellungsbescheid", "feststellungsbescheid"] as const;
export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];

const YEARS_VALID: Record<ExemptionKind, number> = { freistellungsbescheid: 5, feststellungsbescheid: 3 };

/** The last day a receipt may be issued on the strength of this notice. */
export function exemptionValidUntil(kind: ExemptionKind, noticeDate: string): string {
  return addYears(noticeDate, YEARS_VALID[kind]);
}

/** Null when receipts may be issued on `issueDay`, else why not (for the refusal). */
export function exemptionRefusal(kind: ExemptionKind, noticeDate: string, issueDay: string): string | null {
  if (issueDay < noticeDate) return `the exemption notice of ${noticeDate} is dated after ${issueDay}`;
  const until = exemptionValidUntil(kind, noticeDate);
  if (issueDay <= until) return null;
  return `the ${kind} of ${noticeDate} allowed receipts until ${until} (§ 63 Abs. 5 AO: ${YEARS_VALID[kind]} years)`;
}
