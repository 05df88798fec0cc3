import type { PledgeStatus } from "../lib/codes";
import { useT } from "../lib/i18n";

export function StatusBadge({ status }: { status: PledgeStatus }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(`pledgeStatus.${status}`)}</span>;
}
