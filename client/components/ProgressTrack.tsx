// The bar toward the target as screen readers meet it: one progressbar, 0 to 100 percent,
// with the percentage in words. The dashboard's bar (paid, confirmed, intent) and the
// overall figures' single bar put their segments inside.
import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

interface ProgressTrackProps {
  /** Percent of the target reached, at most 100: what the bar shows. */
  percent: number;
  /** The percentage as read out, e.g. "57,3 %" (it may say more than 100). */
  valueText: string;
  children: ReactNode;
}

export function ProgressTrack({ percent, valueText, children }: ProgressTrackProps) {
  const t = useT();
  return (
    <div
      className="progress__track"
      role="progressbar"
      aria-label={t("progress.title")}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(percent)}
      aria-valuetext={valueText}
    >
      {children}
    </div>
  );
}
