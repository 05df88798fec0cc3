// The browser tab's title: the page, then what it belongs to, then the app, e.g.
// "Zusagen – Aachen digitalisiert – Kampagnen-Tracker". Each screen sets its own, so tabs,
// history and bookmarks tell pages apart; it follows the language, and parts still loading
// (undefined) are left out until they arrive.
import { useEffect } from "react";
import { useCurrentCampaign } from "./campaigns";
import { useT } from "./i18n";

export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const t = useT();
  const title = [...parts.filter((part): part is string => !!part), t("app.name")].join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** A staff screen of the route's campaign (`/c/:campaignId/…`): the page, then the campaign. */
export function useCampaignPageTitle(page: string | undefined): void {
  usePageTitle(page, useCurrentCampaign()?.name);
}
