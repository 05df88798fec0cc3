// Which language a refused sponsor link's page speaks: English only when the browser ranks
// English above German; German otherwise, and by default.
import { describe, expect, it } from "vitest";
import { preferredLanguage } from "../../server/http/sponsorLinkPage";

describe("preferredLanguage", () => {
  it.each([
    [undefined, "de"],
    ["", "de"],
    ["fr-FR,fr;q=0.9", "de"],
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["en-GB,en;q=0.9,de;q=0.8", "en"],
    ["en-US", "en"],
    ["fr;q=1,en;q=0.5", "en"],
    ["de;q=0.4,en;q=0.6", "en"],
    ["en;q=0.5,de;q=0.5", "en"],
    ["de,en", "de"],
    ["en;q=0,de;q=0.1", "de"],
    ["EN-gb", "en"],
  ] as const)("%j → %s", (header, lang) => {
    expect(preferredLanguage(header)).toBe(lang);
  });
});
