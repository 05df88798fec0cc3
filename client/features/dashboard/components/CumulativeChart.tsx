// Recharts drawing of the already shaped series (chartSeries.ts): the counted own funds as a
// step area, the change per day (or week) as bars on their own axis, the target and the
// deadline, and the projection as a dashed line from asOf to the deadline. Loaded with
// React.lazy, so recharts stays out of the first bundle. The SVG is hidden from screen
// readers: the section around it carries the same figures as text.
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  centsAxisProps,
  CUMULATIVE_COLORS,
  dayAxisProps,
  deadlineLineProps,
  targetLineProps,
} from "../../../components/cumulativeChartAxes";
import { formatDate, formatEuro, formatEuroCompact } from "../../../lib/format";
import { useLocale, useT } from "../../../lib/i18n";
import { useNarrow } from "../../../lib/useNarrow";
import type { ChartSeries } from "../chartSeries";

// The shared line, target and deadline colours, and the dashboard's own for bars and projection
// (mirrored in dashboard.css for the HTML legend under the chart).
const COLORS = { ...CUMULATIVE_COLORS, bars: "#64748b", barsDown: "#b91c1c", projection: "#7c3aed" };
const FONT_SIZE = 12;

const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export default function CumulativeChart({ data }: { data: ChartSeries }) {
  const t = useT();
  const { locale } = useLocale();
  const narrow = useNarrow();
  const barsName = t(data.granularity === "week" ? "chart.bars.week" : "chart.bars.day");
  const names: Record<string, string> = {
    countedCents: t("chart.series"),
    increaseCents: barsName,
    projectedCents: t("chart.projectionLine"),
  };
  return (
    <div className="chart" data-testid="cumulative-chart" data-granularity={data.granularity} aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart
          data={data.rows}
          margin={{ top: 24, right: narrow ? 12 : 8, bottom: 8, left: narrow ? 0 : 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis {...dayAxisProps(data, locale, FONT_SIZE)} />
          <YAxis yAxisId="total" {...centsAxisProps(data, locale, narrow ? 11 : FONT_SIZE)} width={narrow ? 64 : 80} />
          <YAxis
            yAxisId="change"
            orientation="right"
            hide={narrow}
            domain={data.increaseAxis.domain}
            ticks={data.increaseAxis.ticks}
            tickFormatter={(cents: number) => formatEuroCompact(cents, locale)}
            tick={{ fill: COLORS.bars, fontSize: 11 }}
            width={64}
          />
          <Tooltip
            labelFormatter={(time) => formatDate(isoOf(Number(time)), locale)}
            formatter={(cents, key) => [formatEuro(Number(cents), locale), names[String(key)] ?? String(key)]}
          />
          <Bar
            yAxisId="change"
            dataKey="increaseCents"
            fill={COLORS.bars}
            fillOpacity={0.55}
            maxBarSize={14}
            minPointSize={2}
            isAnimationActive={false}
          />
          {data.increaseAxis.domain[0] < 0 && <ReferenceLine yAxisId="change" y={0} stroke={COLORS.bars} />}
          <ReferenceLine yAxisId="total" {...targetLineProps(data, t, locale, FONT_SIZE)} />
          <ReferenceLine yAxisId="total" {...deadlineLineProps(data, t, locale, FONT_SIZE)} />
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
