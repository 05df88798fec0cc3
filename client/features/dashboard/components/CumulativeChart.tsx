// Recharts drawing of the already shaped series (chartSeries.ts): the counted own funds as a
// step area, the change per day (or week) as bars on their own axis, the target and the
// deadline, and the projection as a dashed line from asOf to the deadline. Loaded with
// React.lazy, so recharts stays out of the first bundle. The SVG is hidden from screen
// readers: the section around it carries the same figures as text.
import { useSyncExternalStore } from "react";
import { Area, Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatDayTick, formatEuro, formatEuroCompact } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import type { ChartSeries } from "../chartSeries";

// SVG attributes cannot read the stylesheet's variables everywhere; these mirror styles.css
// and dashboard.css (the HTML legend under the chart uses the same colours).
const COLORS = {
  line: "#1d4ed8", fill: "#3b82f6", bars: "#64748b", barsDown: "#b91c1c", projection: "#7c3aed",
  target: "#b45309", deadline: "#6b7280", grid: "#e5e7eb", text: "#4b5563",
};

const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** On a phone the bars' own axis would take a fifth of the width: the bars stay, their ticks go. */
const NARROW = "(max-width: 600px)";
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
const useNarrow = () => useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches);

export default function CumulativeChart({ data }: { data: ChartSeries }) {
  const t = useT();
  const { locale } = useLocale();
  const narrow = useNarrow();
  const barsName = t(data.granularity === "week" ? "chart.bars.week" : "chart.bars.day");
  const names: Record<string, string> = { countedCents: t("chart.series"), increaseCents: barsName, projectedCents: t("chart.projectionLine") };
  return (
    <div className="chart" data-testid="cumulative-chart" data-granularity={data.granularity} aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data.rows} margin={{ top: 24, right: narrow ? 12 : 8, bottom: 8, left: narrow ? 0 : 8 }} accessibilityLayer={false}>
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
            yAxisId="total"
            domain={[0, data.yMaxCents]}
            ticks={data.yTicks}
            tickFormatter={(cents: number) => formatEuroCompact(cents, locale)}
            tick={{ fill: COLORS.text, fontSize: narrow ? 11 : 12 }}
            width={narrow ? 64 : 80}
          />
          <YAxis
            yAxisId="change"
            orientation="right"
            hide={narrow}
            domain={data.increaseDomain}
            tickCount={4}
            tickFormatter={(cents: number) => formatEuroCompact(cents, locale)}
            tick={{ fill: COLORS.bars, fontSize: 11 }}
            width={64}
          />
          <Tooltip
            labelFormatter={(time) => formatDate(isoOf(Number(time)), locale)}
            formatter={(cents, key) => [formatEuro(Number(cents), locale), names[String(key)] ?? String(key)]}
          />
          <Bar yAxisId="change" dataKey="increaseCents" fill={COLORS.bars} fillOpacity={0.55} maxBarSize={14} minPointSize={2} isAnimationActive={false} />
          {data.increaseDomain[0] < 0 && <ReferenceLine yAxisId="change" y={0} stroke={COLORS.bars} />}
          <ReferenceLine
            yAxisId="total"
            y={data.targetCents}
            stroke={COLORS.target}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: `${t("chart.targetLine")} ${formatEuroCompact(data.targetCents, locale)}`, position: "insideTopLeft", fill: COLORS.target, fontSize: 12 }}
          />
          <ReferenceLine
            yAxisId="total"
            x={data.deadlineTime}
            stroke={COLORS.deadline}
            strokeDasharray="4 4"
            strokeWidth={2}
            label={{ value: `${t("chart.deadlineLine")} ${formatDate(data.deadline, locale)}`, position: "insideTopRight", fill: COLORS.deadline, fontSize: 12 }}
          />
          <Area
            yAxisId="total"
            type="stepAfter"
            dataKey="countedCents"
            stroke={COLORS.line}
            strokeWidth={2.5}
            fill={COLORS.fill}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          {data.projection && (
            <Line
              yAxisId="total"
              type="linear"
              dataKey="projectedCents"
              stroke={COLORS.projection}
              strokeWidth={2}
              strokeDasharray="6 5"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
