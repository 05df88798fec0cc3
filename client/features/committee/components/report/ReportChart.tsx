// The cumulative step line at a fixed size, without animation so a print shows it complete.
// Loaded lazily; hidden from screen readers (the sentence above it says the same).
import { Area, AreaChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from "recharts";
import {
  centsAxisProps,
  CUMULATIVE_COLORS as COLORS,
  dayAxisProps,
  deadlineLineProps,
  targetLineProps,
} from "../../../../components/cumulativeChartAxes";
import type { CumulativeChartData } from "../../../../lib/cumulativeChart";
import { useLocale, useT } from "../../../../lib/i18n";

const HEIGHT = 260;
/** The labels' size, a point below the dashboard's. */
const FONT_SIZE = 11;

export default function ReportChart({ data, width }: { data: CumulativeChartData; width: number }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="chart report-chart" data-testid="report-chart" aria-hidden="true" style={{ width }}>
      <AreaChart
        width={width}
        height={HEIGHT}
        data={data.points}
        margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis {...dayAxisProps(data, locale, FONT_SIZE)} />
        <YAxis {...centsAxisProps(data, locale, FONT_SIZE)} width={80} />
        <ReferenceLine {...targetLineProps(data, t, locale, FONT_SIZE)} />
        <ReferenceLine {...deadlineLineProps(data, t, locale, FONT_SIZE)} />
        <Area
          type="stepAfter"
          dataKey="countedCents"
          name={t("chart.series")}
          stroke={COLORS.line}
          strokeWidth={2}
          fill={COLORS.fill}
          fillOpacity={0.15}
          isAnimationActive={false}
        />
      </AreaChart>
    </div>
  );
}
