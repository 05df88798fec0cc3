// GET /s/<token>: a sponsor's magic link. A valid link starts a sponsor session and sends
// the browser to the portal; an expired, revoked or altered one shows a page that says so
// and whom to ask for a new link (sponsorLinkPage.ts), and starts nothing.
import type { FastifyInstance } from "fastify";
import { audit } from "../audit";
import { sessionCookieJar } from "../auth/cookies";
import { openAccessLink } from "../auth/sponsorLinks";
import type { HttpContextDeps } from "../context";
import { preferredLanguage, refusedPage } from "./sponsorLinkPage";

export function registerSponsorLinkRoute(app: FastifyInstance, deps: HttpContextDeps): void {
  app.get<{ Params: { token: string } }>("/s/:token", async (req, reply) => {
    const now = deps.now();
    const address = req.ip;
    reply
      .header("cache-control", "no-store")
      .header("referrer-policy", "no-referrer")
      .header("vary", "accept-language");
    const lang = preferredLanguage(req.headers["accept-language"]);
    if (deps.services.limits.linkPerAddress.retryAfter(address, now.getTime()) > 0) {
      return reply
        .code(429)
        .type("text/html; charset=utf-8")
        .send(refusedPage("throttled", lang, null));
    }
    const opened = openAccessLink(deps.services.db, req.params.token, now);
    if (!opened.ok) {
      deps.services.limits.linkPerAddress.record(address, now.getTime());
      audit(deps.services.db, now, { action: "sponsor_link_refused", ip: address, detail: { reason: opened.reason } });
      return reply
        .code(opened.reason === "unknown" ? 404 : 410)
        .type("text/html; charset=utf-8")
        .send(refusedPage(opened.reason, lang, opened.reason === "unknown" ? null : opened.campaignName));
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
