// Eligible or not, with an icon and the words (colour is never the only signal).
import { useT } from "../lib/i18n";
import { CheckIcon, CrossIcon } from "./Icons";

export function EligibilityVerdict({ eligible, testId }: { eligible: boolean; testId?: string }) {
  const t = useT();
  return (
    <p className={`verdict ${eligible ? "verdict--ok" : "verdict--no"}`} data-testid={testId}>
      {eligible ? <CheckIcon /> : <CrossIcon />}
      {eligible ? t("eligibility.eligible") : t("eligibility.notEligible")}
    </p>
  );
}
