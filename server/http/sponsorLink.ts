// GET /s/<token>: a sponsor's magic link. A valid link starts a sponsor session and sends
// the browser to the portal; an expired, revoked or altered one shows a page that says so
// and how to get a new link, and starts nothing.
import type { FastifyInstance } from "fastify";
import { audit } from "../audit";
import { sessionCookieJar } from "../auth/cookies";
import { openAccessLink } from "../auth/sponsorLinks";
import type { HttpContextDeps } from "../context";

const REFUSED: Record<"unknown" | "expired" | "revoked" | "throttled", { de: string; en: string }> = {
  unknown: { de: "Dieser Link ist ungültig.", en: "This link is not valid." },
  expired: {
    de: "Dieser Link ist abgelaufen (Links gelten 14 Tage).",
    en: "This link has expired (links last 14 days).",
  },
  revoked: {
    de: "Dieser Link wurde durch einen neueren ersetzt oder zurückgezogen.",
    en: "This link was replaced by a newer one or revoked.",
  },
  throttled: {
    de: "Zu viele ungültige Versuche von dieser Adresse. Bitte später erneut versuchen.",
    en: "Too many invalid attempts from this address. Please try again later.",
  },
};

function refusedPage(reason: keyof typeof REFUSED): string {
  const text = REFUSED[reason];
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Link nicht gültig</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Link nicht gültig</h1><p>${text.de}</p><p>Bitte bitten Sie das Organisationsteam Ihrer Kampagne um einen neuen Link.</p>
<hr><p lang="en">${text.en} Please ask the organisers of your campaign for a new link.</p></body></html>`;
}

export function registerSponsorLinkRoute(app: FastifyInstance, deps: HttpContextDeps): void {
  app.get<{ Params: { token: string } }>("/s/:token", async (req, reply) => {
    const now = deps.now();
    const address = req.ip;
    reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer");
    if (deps.services.limits.linkPerAddress.retryAfter(address, now.getTime()) > 0) {
      return reply.code(429).type("text/html; charset=utf-8").send(refusedPage("throttled"));
    }
    const opened = openAccessLink(deps.services.db, req.params.token, now);
    if (!opened.ok) {
      deps.services.limits.linkPerAddress.record(address, now.getTime());
      audit(deps.services.db, now, { action: "sponsor_link_refused", ip: address, detail: { reason: opened.reason } });
      return reply
        .code(opened.reason === "unknown" ? 404 : 410)
        .type("text/html; charset=utf-8")
        .send(refusedPage(opened.reason));
    }
    audit(deps.services.db, now, {
      action: "sponsor_link_opened",
      sponsorId: opened.sponsorId,
      campaignId: opened.campaignId,
      ip: address,
    });
    sessionCookieJar(req, reply, deps.publicUrl).setSession(opened.token, opened.expiresAt);
    return reply.redirect("/portal", 303);
  });
}
