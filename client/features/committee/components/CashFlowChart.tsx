// Grouped bars per year: own funds scheduled and received, and the state share. Loaded with
// React.lazy, so recharts stays out of the first bundle; no animation, so a print shows it
// whole. Hidden from screen readers: the table beside it carries the same figures.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { FullSummary } from "../../../lib/api/summary";
import { formatEuro, formatEuroCompact } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { moneyAxis } from "../../../lib/moneyAxis";

// SVG attributes cannot read the stylesheet's variables everywhere; these mirror styles.css.
const COLORS = { scheduled: "#2563eb", received: "#15803d", state: "#b45309", grid: "#e5e7eb", text: "#4b5563" };
const HEIGHT = 240;

interface Props {
  years: FullSummary["cashFlow"];
  /** Fixed width in CSS pixels (print); without it the chart fills its container. */
  width?: number;
}

export default function CashFlowChart({ years, width }: Props) {
  const t = useT();
  const { locale } = useLocale();
  // Money outside the match period has no year: its bar group says so.
  const data = years.map((y) => ({ ...y, label: y.year === null ? t("report.cashFlow.outside") : String(y.year) }));
  const axis = moneyAxis(Math.max(0, ...years.flatMap((y) => [y.ownScheduledCents, y.ownReceivedCents, y.stateCents])));
  const chart = (
    <BarChart
      width={width}
      height={width ? HEIGHT : undefined}
      data={data}
      margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={COLORS.grid} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: COLORS.text, fontSize: 12 }} />
      <YAxis
        domain={axis.domain}
        ticks={axis.ticks}
        tickFormatter={(cents: number) => formatEuroCompact(cents, locale)}
        tick={{ fill: COLORS.text, fontSize: 12 }}
        width={80}
      />
      <Tooltip formatter={(cents) => formatEuro(Number(cents), locale)} />
      {/* In the order of the bars, not sorted by name. */}
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
      <Bar
        dataKey="ownScheduledCents"
        name={t("report.cashFlow.scheduled")}
        fill={COLORS.scheduled}
        isAnimationActive={false}
      />
      <Bar
        dataKey="ownReceivedCents"
        name={t("report.cashFlow.received")}
        fill={COLORS.received}
        isAnimationActive={false}
      />
      <Bar dataKey="stateCents" name={t("report.cashFlow.state")} fill={COLORS.state} isAnimationActive={false} />
    </BarChart>
  );
  return (
    <div className="chart chart--cash-flow" data-testid="cash-flow-chart" aria-hidden="true">
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={HEIGHT}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
