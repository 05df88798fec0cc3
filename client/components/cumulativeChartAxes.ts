// What the dashboard's and the report's cumulative charts draw alike: the colours, the axis
// of days, the axis of euros, and the dashed target and deadline lines with their labels.
// Props to spread onto recharts' own elements, which must stay direct children of the chart;
// each chart passes its font size (the report's is smaller, for paper).
import type { ReferenceLineProps, XAxisProps, YAxisProps } from "recharts";
import type { CumulativeChartData } from "../lib/cumulativeChart";
import { formatDate, formatDayTick, formatEuroCompact } from "../lib/format";
import type { Locale, Translate } from "../lib/i18n";

// SVG attributes cannot read the stylesheet's variables everywhere; these mirror styles.css
// and dashboard.css (the dashboard's HTML legend under the chart uses the same colours).
export const CUMULATIVE_COLORS = {
  line: "#1d4ed8",
  fill: "#3b82f6",
  target: "#b45309",
  deadline: "#6b7280",
  grid: "#e5e7eb",
  text: "#4b5563",
};

type Axes = Pick<
  CumulativeChartData,
  "domain" | "ticks" | "ticksWithYear" | "yMaxCents" | "yTicks" | "targetCents" | "deadline" | "deadlineTime"
>;

/** The x axis: time in milliseconds, labelled with days. */
export function dayAxisProps(data: Axes, locale: Locale, fontSize: number): XAxisProps {
  return {
    dataKey: "time",
    type: "number",
    scale: "time",
    domain: data.domain,
    ticks: data.ticks,
    tickFormatter: (time: number) => formatDayTick(time, locale, data.ticksWithYear),
    tick: { fill: CUMULATIVE_COLORS.text, fontSize },
  };
}

/** The y axis of counted own funds: 0 to a round maximum above the target. */
export function centsAxisProps(data: Axes, locale: Locale, fontSize: number): YAxisProps {
  return {
    domain: [0, data.yMaxCents],
    ticks: data.yTicks,
    tickFormatter: (cents: number) => formatEuroCompact(cents, locale),
    tick: { fill: CUMULATIVE_COLORS.text, fontSize },
  };
}

export function targetLineProps(data: Axes, t: Translate, locale: Locale, fontSize: number): ReferenceLineProps {
  return {
    y: data.targetCents,
    stroke: CUMULATIVE_COLORS.target,
    strokeDasharray: "6 4",
    strokeWidth: 2,
    label: {
      value: `${t("chart.targetLine")} ${formatEuroCompact(data.targetCents, locale)}`,
      position: "insideTopLeft",
      fill: CUMULATIVE_COLORS.target,
      fontSize,
    },
  };
}

export function deadlineLineProps(data: Axes, t: Translate, locale: Locale, fontSize: number): ReferenceLineProps {
  return {
    x: data.deadlineTime,
    stroke: CUMULATIVE_COLORS.deadline,
    strokeDasharray: "4 4",
    strokeWidth: 2,
    label: {
      value: `${t("chart.deadlineLine")} ${formatDate(data.deadline, locale)}`,
      position: "insideTopRight",
      fill: CUMULATIVE_COLORS.deadline,
      fontSize,
    },
  };
}
