// English: the same keys as messages.de.ts, checked by the type.
import type { BarometerKey } from "./messages.de";

export const en: Record<BarometerKey, string> = {
  title: "Funding barometer",
  loading: "Loading …",
  notPublic: "This barometer is not public.",
  offline: "Connection lost – trying again …",
  "meter.label": "Binding own funds",
  "meter.valuetext": "{percent} of the target: {counted} of {target}",
  of: "of {target}",
  "sponsors.one": "{count} sponsor",
  "sponsors.other": "{count} sponsors",
  "eligible.yes": "Eligible",
  "eligible.no": "Not yet eligible",
  deadline: "Deadline: {date}",
  asOf: "As of {time}",
  openPage: "Open the campaign page (new window)",
};
