// Recharts drawing of the already shaped series (selectors.ts). Loaded with React.lazy, so
// recharts stays out of the first bundle. The SVG is hidden from screen readers: the
// section around it carries the same figures as text.
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatDayTick, formatEuro, formatEuroCompact } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { CumulativeChartData } from "../selectors";

// SVG attributes cannot read the stylesheet's variables everywhere; these mirror styles.css.
const COLORS = { line: "#1d4ed8", fill: "#3b82f6", target: "#b45309", deadline: "#6b7280", grid: "#e5e7eb", text: "#4b5563" };

const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export default function CumulativeChart({ data }: { data: CumulativeChartData }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="chart" data-testid="cumulative-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <AreaChart data={data.points} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={data.domain}
            ticks={data.ticks}
            tickFormatter={(time: number) => formatDayTick(time, locale)}
            tick={{ fill: COLORS.text, fontSize: 12 }}
          />
          <YAxis
            domain={[0, data.yMaxCents]}
            ticks={data.yTicks}
            tickFormatter={(cents: number) => formatEuroCompact(cents, locale)}
            tick={{ fill: COLORS.text, fontSize: 12 }}
            width={88}
          />
          <Tooltip
            labelFormatter={(time) => formatDate(isoOf(Number(time)), locale)}
            formatter={(cents) => [formatEuro(Number(cents), locale), t("chart.series")]}
          />
          <ReferenceLine
            y={data.targetCents}
            stroke={COLORS.target}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: `${t("chart.targetLine")} ${formatEuroCompact(data.targetCents, locale)}`, position: "insideTopLeft", fill: COLORS.target, fontSize: 12 }}
          />
          <ReferenceLine
            x={data.deadlineTime}
            stroke={COLORS.deadline}
            strokeDasharray="4 4"
            strokeWidth={2}
            label={{ value: `${t("chart.deadlineLine")} ${formatDate(data.deadline, locale)}`, position: "insideTopRight", fill: COLORS.deadline, fontSize: 12 }}
          />
          <Area
            type="stepAfter"
            dataKey="countedCents"
            name={t("chart.series")}
            stroke={COLORS.line}
            strokeWidth={2.5}
            fill={COLORS.fill}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
