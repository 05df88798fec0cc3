// The HTTP server: tRPC at /trpc, /healthz, and the built client with a fallback to
// index.html for client-side routes. Tests build it on a free port with their own db.
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createHttpContext, type HttpContextDeps } from "./context";
import { registerSponsorLinkRoute } from "./http/sponsorLink";
import { registerExportRoutes } from "./http/exports";
import { registerAttachmentRoutes } from "./http/attachments";
import { registerDocumentRoutes } from "./http/documents";
import { registerLetterRoutes } from "./http/letters";
import { registerBarometerRoute } from "./http/barometer";
import { appRouter, type AppRouter } from "./routers/_app";
import { limitBody } from "./http/bodyLimit";
import { registerImportUploadRoute } from "./http/importUpload";
import { MAX_IMPORT_FILE_BYTES } from "./import/limits";
import { mutationGuard } from "./http/mutationGuard";
import { noStoreForApi } from "./http/noStore";
import { DEFAULT_LIVE_STREAMS_PER_ADDRESS } from "./config";
import { capPublicStreams } from "./http/liveStreamCap";
import { requestLogOptions } from "./http/requestLog";
import { databaseAnswers } from "./queries/health";
import type { Services } from "./services";

export interface AppOptions {
  /** The database's services (services.ts), built once per database. */
  services: Services;
  now?: () => Date;
  /** Folder of the built client; null serves the API only. */
  clientDir?: string | null;
  /** PUBLIC_URL: base of handed-out links; https:// here marks cookies Secure. */
  publicUrl?: string | null;
  /** Behind a TLS proxy: client address (for throttles) and protocol from X-Forwarded-*. */
  trustProxy?: boolean;
  /** Folder of pledge attachments (created on start); null leaves the attachment routes out. */
  attachmentsDir?: string | null;
  /** Request log level (pino): "info", "warn", … or "silent"; null logs nothing (tests). */
  logLevel?: string | null;
  /** How long a client may take to send a whole request, headers and body (tests shorten it). */
  requestTimeoutMs?: number;
  /** LIVE_STREAMS_PER_ADDRESS: open public live streams one client address may hold (http/liveStreamCap.ts). */
  liveStreamsPerAddress?: number;
}

export const BODY_LIMIT = 1024 * 1024;
/** The largest body of any route: an import file (its route's limit); others are cut lower (http/bodyLimit.ts). */
export const LARGEST_BODY = MAX_IMPORT_FILE_BYTES;
export const MAX_BATCH_SIZE = 10;
/**
 * A request (headers and body) must arrive within a minute, its headers within 20 s: a
 * client sending a byte every few seconds is cut off instead of holding a connection for
 * ever. A minute lets a 24 MiB import file arrive at 4 Mbit/s. Node cuts only while the headers
 * timeout is not longer than the request timeout, checking every few seconds.
 */
export const REQUEST_TIMEOUT_MS = 60_000;
const HEADERS_TIMEOUT_MS = 20_000;
/** helmet's defaults plus these; the barometer (http/barometer.ts) adds frame-ancestors *. */
const CSP_DIRECTIVES = {
  "img-src": ["'self'", "data:"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "upgrade-insecure-requests": null,
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const {
    services,
    now = () => new Date(),
    clientDir = null,
    publicUrl = null,
    trustProxy = false,
    attachmentsDir = null,
    logLevel = null,
    requestTimeoutMs = REQUEST_TIMEOUT_MS,
    liveStreamsPerAddress = DEFAULT_LIVE_STREAMS_PER_ADDRESS,
  } = options;
  const { db, feed } = services;
  const deps: HttpContextDeps = { services, now, publicUrl };
  const app = Fastify({
    logger: logLevel ? requestLogOptions(logLevel) : false,
    trustProxy,
    bodyLimit: LARGEST_BODY,
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs),
      connectionsCheckingInterval: Math.min(5_000, Math.max(100, Math.floor(requestTimeoutMs / 4))),
    },
    routerOptions: { maxParamLength: 10_000 },
  });
  await app.register(cookie);
  await app.register(helmet, {
    // No upgrade-insecure-requests and no HSTS: the app is served over plain http on a
    // LAN or behind a TLS proxy that sets them; forcing https here would break the former.
    contentSecurityPolicy: {
      directives: CSP_DIRECTIVES,
    },
    strictTransportSecurity: false,
  });

  // First, for every route: refuse foreign writes; answers of the API are never cached.
  app.addHook("onRequest", mutationGuard(publicUrl));
  app.addHook("onSend", noStoreForApi);

  // Healthy means the database answers, not merely that the process is up.
  app.get("/healthz", async (_req, reply) =>
    databaseAnswers(db) ? { ok: true } : reply.code(503).send({ ok: false }),
  );
  // Live summaries hold their connections open: end them, or closing would wait for ever.
  app.addHook("preClose", async () => feed.close());

  registerSponsorLinkRoute(app, deps);
  registerExportRoutes(app, deps);
  registerLetterRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  if (attachmentsDir) await registerAttachmentRoutes(app, deps, attachmentsDir);
  await registerImportUploadRoute(app, deps);
  capPublicStreams(app, liveStreamsPerAddress);
  app.addHook("preParsing", limitBody);
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: createHttpContext(deps),
      maxBatchSize: MAX_BATCH_SIZE,
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "unexpected error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  if (clientDir && existsSync(join(clientDir, "index.html"))) {
    await app.register(fastifyStatic, { root: clientDir });
    registerBarometerRoute(app, CSP_DIRECTIVES);
    // Client-side routes (/c/1/pledges, /login …) all load the same page; a missing file
    // (/assets/old-build.js) or API path is a plain 404.
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split("?")[0];
      const clientRoute = req.method === "GET" && !/^\/(trpc|api|assets)\//.test(path) && !/\.[a-z0-9]+$/i.test(path);
      if (clientRoute) return reply.sendFile("index.html");
      return reply.code(404).send({ error: "not found" });
    });
  }
  return app;
}
