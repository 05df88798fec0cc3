// Download names: "<campaign-slug>-zusagen-2016-05-20.csv". The plain `filename` is ASCII
// for old clients; `filename*` (RFC 6266/8187) keeps letters like ä and ö for the others.
import { asciiSlug, unicodeSlug } from "../domain/slug";

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
