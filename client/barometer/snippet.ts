// The copy-paste HTML that frames a campaign's barometer on another site (the admin's
// public-page switch offers it). The address is the barometer's route, /barometer/:id.

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function barometerUrl(origin: string, campaignId: number): string {
  return `${origin}/barometer/${campaignId}`;
}

export function barometerSnippet(origin: string, campaign: { id: number; name: string }): string {
  const title = escapeAttribute(`Funding-Barometer ${campaign.name}`);
  return `<iframe src="${barometerUrl(origin, campaign.id)}" title="${title}" width="360" height="220" style="border:0"></iframe>`;
}
