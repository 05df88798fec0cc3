// The barometer's own small catalogue (the app's would pull the whole app into this page).
// German first; messages.en.ts must have the same keys, which its type checks.
export const de = {
  title: "Funding-Barometer",
  loading: "Lädt …",
  notPublic: "Dieses Barometer ist nicht öffentlich.",
  offline: "Verbindung unterbrochen – neuer Versuch läuft …",
  "meter.label": "Verbindliche Eigenmittel",
  "meter.valuetext": "{percent} des Ziels: {counted} von {target}",
  of: "von {target}",
  "sponsors.one": "{count} Sponsor",
  "sponsors.other": "{count} Sponsoren",
  "eligible.yes": "Förderfähig",
  "eligible.no": "Noch nicht förderfähig",
  deadline: "Frist: {date}",
  asOf: "Stand: {time}",
  openPage: "Zur Kampagnenseite (neues Fenster)",
};

export type BarometerKey = keyof typeof de;
