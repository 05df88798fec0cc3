// What the barometer shows, from the public figures: pure, so the words and numbers can be
// checked without a browser. The DOM code (render.ts) only places these strings.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../server/routers/_app";
import { formatDate, formatInstant, formatPercent } from "../lib/format";
import { de, type BarometerKey } from "./messages.de";
import { en } from "./messages.en";

type Stream = inferRouterOutputs<AppRouter>["publicCampaign"]["onSummary"];
/** One event of publicCampaign.onSummary: the campaign's name and its public figures. */
export type Figures = Stream extends AsyncIterable<{ data: infer D }> ? D : never;
export type Locale = "de" | "en";

const CATALOGUES: Record<Locale, Record<BarometerKey, string>> = { de, en };

/** `?lang=en` gives English; anything else the German default. */
export function localeOf(search: string): Locale {
  return new URLSearchParams(search).get("lang") === "en" ? "en" : "de";
}

export function translator(locale: Locale) {
  return (key: BarometerKey, params: Record<string, string | number> = {}) =>
    CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** Whole euros: a barometer shows "1.512.345 €", not cents. */
function euros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(Math.floor(cents / 100));
}

export interface BarometerView {
  name: string;
  counted: string;
  ofTarget: string;
  /** Whole percent, rounded down so 99.6 % never reads as "100 %"; may pass 100. */
  percent: number;
  percentText: string;
  /** The bar's filled share, 0–100. */
  fill: number;
  valueText: string;
  sponsors: string;
  eligible: boolean;
  eligibleText: string;
  deadline: string;
  asOf: string;
}

export function barometerView({ campaign, summary }: Figures, locale: Locale, receivedAt: Date): BarometerView {
  const t = translator(locale);
  const target = euros(summary.targetCents, locale);
  const counted = euros(summary.countedCents, locale);
  const percent = summary.targetCents > 0 ? Math.floor((summary.countedCents * 100) / summary.targetCents) : 0;
  const percentText = formatPercent(percent, locale, 0);
  return {
    name: campaign.name,
    counted,
    ofTarget: t("of", { target }),
    percent,
    percentText,
    fill: Math.min(100, percent),
    valueText: t("meter.valuetext", { percent: percentText, counted, target }),
    sponsors: t(summary.sponsorCount === 1 ? "sponsors.one" : "sponsors.other", {
      count: summary.sponsorCount.toLocaleString(locale === "de" ? "de-DE" : "en-GB"),
    }),
    eligible: summary.eligible,
    eligibleText: t(summary.eligible ? "eligible.yes" : "eligible.no"),
    deadline: t("deadline", { date: formatDate(summary.deadline, locale) }),
    asOf: t("asOf", { time: formatInstant(receivedAt.toISOString(), locale) }),
  };
}
