// Spreadsheet imports as a file upload, the way the import page sends them:
//   POST /api/campaigns/:campaignId/imports?dryRun=true|false
//        the file's raw bytes as the body (a .csv or an .xlsx, at most 24 MiB, any content
//        type), its name URI-encoded in `x-filename` (the ending decides CSV or .xlsx);
//        organisers and admins of the campaign → 200 with what pledge.importFile answers.
// The bytes are only collected here, never parsed on the main thread: the same file sent as
// JSON to pledge.importFile costs ~0.5 s of it (JSON.parse, the base64 check and decode) while
// every other request waits. Large files are then read and written in the import worker
// (ledger/importJob.ts). Checks run on the headers first, before the body is read: a foreign
// Origin (mutationGuard.ts), session (401), kind of account and token scope (403), input
// (400), the campaign (404), role (403), size (413).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Campaign } from "../../db/schema";
import { campaignFor, staffOnly, tokenMayWrite } from "../access";
import { decodeFilenameHeader } from "../attachments/filename";
import type { SessionUser } from "../auth/sessions";
import { identify, type HttpContextDeps } from "../context";
import { berlinDay } from "../domain/dates";
import { badField, DomainError } from "../domain/errors";
import { MAX_IMPORT_FILE_BYTES } from "../import/limits";
import { sendError } from "./errorReply";

export const IMPORT_UPLOAD_PATH = /^\/api\/campaigns\/[^/?]+\/imports(\?|$)/;

const ID = /^[1-9][0-9]{0,14}$/;
const FILENAME = /\.(csv|xlsx)$/i;
const dryRunParam = z.enum(["true", "false"]);

interface Upload {
  user: SessionUser;
  campaign: Campaign;
  kind: "csv" | "xlsx";
  dryRun: boolean;
}

type UploadRequest = FastifyRequest<{ Params: { campaignId: string }; Querystring: { dryRun?: string } }>;

const tooLarge = () =>
  new DomainError("too_large", `an import file may have at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MiB`);

/** Everything that can be decided from the request line and headers. */
function checkUpload(deps: HttpContextDeps, req: UploadRequest): Upload {
  const who = identify(deps, req);
  const user = staffOnly(who);
  tokenMayWrite(who);
  if (!ID.test(req.params.campaignId)) throw badField("campaignId", "Expected a positive whole number");
  const header = req.headers["x-filename"];
  const filename = typeof header === "string" && header.trim() !== "" ? decodeFilenameHeader(header) : null;
  if (filename === null) throw badField("filename", "Send the file's name URI-encoded in the x-filename header");
  if (!FILENAME.test(filename.trim()))
    throw badField("filename", "Expected a .csv or .xlsx file (save an .xls as .xlsx)");
  const dryRun = dryRunParam.safeParse(req.query.dryRun);
  if (!dryRun.success) throw badField("dryRun", "Expected ?dryRun=true or ?dryRun=false");
  const { campaign } = campaignFor(deps.services.lookups, user, Number(req.params.campaignId), "write");
  if (Number(req.headers["content-length"] ?? 0) > MAX_IMPORT_FILE_BYTES) throw tooLarge();
  const kind = /\.xlsx$/i.test(filename.trim()) ? "xlsx" : "csv";
  return { user, campaign, kind, dryRun: dryRun.data === "true" };
}

/** Fastify's own refusals while reading the body (too large when streamed without a length). */
function bodyError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error.statusCode === 413) return sendError(req, reply, tooLarge());
  if (error.statusCode && error.statusCode < 500)
    return sendError(req, reply, new DomainError("invalid", "the request could not be read"));
  return sendError(req, reply, error);
}

export async function registerImportUploadRoute(app: FastifyInstance, deps: HttpContextDeps): Promise<void> {
  const uploads = new WeakMap<FastifyRequest, Upload>();
  await app.register(async (scope) => {
    // Whatever the content type (browsers send text/csv, application/vnd.ms-excel, or
    // nothing for the same file): the body is the file's bytes, collected as they are.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: MAX_IMPORT_FILE_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler(bodyError);

    scope.post<{ Params: { campaignId: string }; Querystring: { dryRun?: string } }>(
      "/api/campaigns/:campaignId/imports",
      {
        bodyLimit: MAX_IMPORT_FILE_BYTES,
        onRequest: async (req, reply) => {
          try {
            uploads.set(req, checkUpload(deps, req));
          } catch (error) {
            return sendError(req, reply, error);
          }
        },
      },
      async (req, reply) => {
        try {
          const upload = uploads.get(req);
          if (!upload) throw new Error("the upload was not checked");
          if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw badField("file", "The file is empty");
          const now = deps.now();
          const result = await deps.services.ledger.importFile({
            source: { kind: upload.kind, bytes: req.body },
            campaign: upload.campaign,
            today: berlinDay(now),
            actor: { userId: upload.user.id, now },
            dryRun: upload.dryRun,
          });
          // As after every mutation: open live summaries of the campaign look again.
          deps.services.feed.publish();
          return reply.header("cache-control", "no-store").send(result);
        } catch (error) {
          return sendError(req, reply, error);
        }
      },
    );
  });
}
