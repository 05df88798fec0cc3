// Download names: "<campaign-slug>-zusagen-2016-05-20.csv". The plain `filename` is ASCII
// for old clients; `filename*` (RFC 6266/8187) keeps letters like ä and ö for the others.

const GERMAN_FOLDS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
const MAX_SLUG = 60;

function tidy(slug: string): string {
  return slug.replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, MAX_SLUG).replace(/-$/, "");
}

/** "Köln – digital!" → "koeln-digital": German umlauts spelled out, other accents dropped. */
export function asciiSlug(name: string): string {
  const folded = name.toLowerCase().replace(/[äöüß]/g, (c) => GERMAN_FOLDS[c]).normalize("NFKD").replace(/\p{M}/gu, "");
  return tidy(folded.replace(/[^a-z0-9]+/g, "-")) || "kampagne";
}

/** "Köln – digital!" → "köln-digital": letters and digits of any script kept. */
export function unicodeSlug(name: string): string {
  return tidy(name.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")) || asciiSlug(name);
}

/** RFC 8187 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="…"; filename*=UTF-8''…` for a campaign's export of `what` on `day`. */
export function attachmentHeader(campaignName: string, what: string, day: string, extension: string): string {
  const ascii = `${asciiSlug(campaignName)}-${what}-${day}.${extension}`;
  const unicode = `${unicodeSlug(campaignName)}-${what}-${day}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(unicode)}`;
}
