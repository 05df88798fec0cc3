// The Funding-Barometer (GET /barometer/:campaignId): the one page other sites may frame.
// Everything else keeps helmet's `frame-ancestors 'self'` and X-Frame-Options; this route
// alone gets its own helmet options (the plugin reads them per route), so the override
// cannot leak to another response. The page holds no session and no form (nothing to
// click-jack), and reads only the public figures, NOT_FOUND while the public page is off.
import type { FastifyInstance } from "fastify";

type Directives = Record<string, Iterable<string> | null>;

/** Registers the route; needs @fastify/static (reply.sendFile) on the built client folder. */
export function registerBarometerRoute(app: FastifyInstance, cspDirectives: Directives) {
  const helmet = {
    contentSecurityPolicy: { directives: { ...cspDirectives, "frame-ancestors": ["*"] } },
    xFrameOptions: false,
  } as const;
  app.get<{ Params: { campaignId: string } }>("/barometer/:campaignId", { helmet }, (req, reply) => {
    if (!/^[1-9]\d{0,9}$/.test(req.params.campaignId)) return reply.code(404).send({ error: "not found" });
    return reply.sendFile("barometer.html");
  });
}
