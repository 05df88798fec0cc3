// The cumulative step line at a fixed size, without animation so a print shows it complete.
// Loaded lazily; hidden from screen readers (the sentence above it says the same).
import { Area, AreaChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from "recharts";
import type { CumulativeChartData } from "../../../../lib/cumulativeChart";
import { formatDate, formatDayTick, formatEuroCompact } from "../../../../lib/format";
import { useLocale, useT } from "../../../../lib/i18n";

// The dashboard chart's colours (SVG attributes cannot read the stylesheet's variables).
const COLORS = { line: "#1d4ed8", fill: "#3b82f6", target: "#b45309", deadline: "#6b7280", grid: "#e5e7eb", text: "#4b5563" };
const HEIGHT = 260;

export default function ReportChart({ data, width }: { data: CumulativeChartData; width: number }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="chart report-chart" data-testid="report-chart" aria-hidden="true" style={{ width }}>
      <AreaChart width={width} height={HEIGHT} data={data.points} margin={{ top: 24, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={data.domain}
          ticks={data.ticks}
          tickFormatter={(time: number) => formatDayTick(time, locale)}
          tick={{ fill: COLORS.text, fontSize: 11 }}
        />
        <YAxis domain={[0, data.yMaxCents]} ticks={data.yTicks} tickFormatter={(cents: number) => formatEuroCompact(cents, locale)} tick={{ fill: COLORS.text, fontSize: 11 }} width={80} />
        <ReferenceLine
          y={data.targetCents}
          stroke={COLORS.target}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{ value: `${t("chart.targetLine")} ${formatEuroCompact(data.targetCents, locale)}`, position: "insideTopLeft", fill: COLORS.target, fontSize: 11 }}
        />
        <ReferenceLine
          x={data.deadlineTime}
          stroke={COLORS.deadline}
          strokeDasharray="4 4"
          strokeWidth={2}
          label={{ value: `${t("chart.deadlineLine")} ${formatDate(data.deadline, locale)}`, position: "insideTopRight", fill: COLORS.deadline, fontSize: 11 }}
        />
        <Area type="stepAfter" dataKey="countedCents" name={t("chart.series")} stroke={COLORS.line} strokeWidth={2} fill={COLORS.fill} fillOpacity={0.15} isAnimationActive={false} />
      </AreaChart>
    </div>
  );
}
