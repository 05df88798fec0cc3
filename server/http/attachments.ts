// Attachments of a pledge (the signed commitment), as plain HTTP because they are files:
//   POST /api/pledges/:pledgeId/attachments   the raw file as the body (application/pdf,
//        image/png, image/jpeg or image/webp), its name URI-encoded in `x-filename`;
//        organisers and admins of the pledge's campaign → 201 with the attachment.
//   GET  /api/attachments/:id                 the file; staff of the campaign and the
//        pledge's own sponsor (CONTRACT.md "Who sees what").
// Signed in by cookie or Bearer token as for tRPC. Checks in the contract's order: a foreign
// Origin (403, mutationGuard.ts, for every write), session (401), kind of account (403), input (400), the
// pledge (404), role (403), then the file: declared type (415), size (413), room (409), and
// what the bytes really are (415). The upload is checked before its body is read.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Pledge } from "../../db/schema";
import { decodeFilenameHeader, dispositionHeader, displayFilename } from "../attachments/filename";
import {
  assertRoomFor,
  attachmentForReader,
  attachmentView,
  MAX_ATTACHMENT_BYTES,
  recordAttachment,
} from "../attachments/records";
import { sniffType } from "../attachments/sniff";
import { discardFile, prepareAttachmentsFolder, storedPath, storeFile } from "../attachments/storage";
import { pledgeForWriter, signedIn, staffOnly, tokenMayWrite, type Viewer } from "../access";
import type { SessionUser } from "../auth/sessions";
import { identify, type HttpContextDeps } from "../context";
import { ATTACHMENT_TYPES, type AttachmentType } from "../domain/codes";
import { badField, DomainError, type ErrorReason } from "../domain/errors";
import { sendError } from "./errorReply";

const ID = /^[1-9][0-9]{0,14}$/;
/** A PDF or an image shown by the browser must not run script in our origin. */
const FILE_CSP = "default-src 'none'; img-src 'self'; object-src 'self'; sandbox";
/** Types the browser may show in place; anything else is offered as a download. */
const INLINE_TYPES: ReadonlySet<string> = new Set(ATTACHMENT_TYPES);
const TYPE_NAMES: Record<AttachmentType, string> = {
  "application/pdf": "a PDF",
  "image/png": "a PNG image",
  "image/jpeg": "a JPEG image",
  "image/webp": "a WebP image",
};

interface Upload {
  user: SessionUser;
  pledge: Pledge;
  viewer: Viewer;
  filename: string;
  declared: AttachmentType;
}

const fail = (reason: ErrorReason, message: string) => new DomainError(reason, message);
const tooLarge = () => fail("too_large", `a file may have at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB`);

function declaredType(header: string | undefined): AttachmentType | null {
  const type = (header ?? "").split(";")[0].trim().toLowerCase();
  return ATTACHMENT_TYPES.find((t) => t === type) ?? null;
}

/** Everything that can be decided from the request line and headers. */
function checkUpload(deps: HttpContextDeps, req: FastifyRequest<{ Params: { pledgeId: string } }>): Upload {
  const who = identify(deps, req);
  const user = staffOnly(who);
  tokenMayWrite(who);
  if (!ID.test(req.params.pledgeId)) throw badField("pledgeId", "Expected a positive whole number");
  const header = req.headers["x-filename"];
  const filename = typeof header === "string" && header.trim() !== "" ? decodeFilenameHeader(header) : null;
  if (filename === null) throw badField("filename", "Send the file's name URI-encoded in the x-filename header");
  const { pledge, viewer } = pledgeForWriter(deps.services.db, user, Number(req.params.pledgeId));
  const declared = declaredType(req.headers["content-type"]);
  if (!declared)
    throw fail("unsupported_type", "send the file as application/pdf, image/png, image/jpeg or image/webp");
  if (Number(req.headers["content-length"] ?? 0) > MAX_ATTACHMENT_BYTES) throw tooLarge();
  assertRoomFor(deps.services.db, pledge.id);
  return { user, pledge, viewer, filename, declared };
}

async function saveUpload(deps: HttpContextDeps, dir: string, upload: Upload, body: unknown, ip: string) {
  if (!Buffer.isBuffer(body) || body.length === 0) throw badField("file", "The file is empty");
  const sniffed = sniffType(body);
  if (sniffed !== upload.declared) {
    throw fail(
      "unsupported_type",
      sniffed
        ? `sent as ${TYPE_NAMES[upload.declared]}, but the file is ${TYPE_NAMES[sniffed]}`
        : `the file is not ${TYPE_NAMES[upload.declared]}`,
    );
  }
  const storedName = await storeFile(dir, body);
  try {
    const row = recordAttachment(
      deps.services.db,
      { userId: upload.user.id, now: deps.now(), ip },
      {
        pledge: upload.pledge,
        filename: displayFilename(upload.filename, sniffed),
        contentType: sniffed,
        sizeBytes: body.length,
        sha256: createHash("sha256").update(body).digest("hex"),
        storedName,
      },
    );
    return attachmentView(row, upload.user.name, upload.viewer);
  } catch (error) {
    await discardFile(dir, storedName);
    throw error;
  }
}

async function sendFile(
  deps: HttpContextDeps,
  dir: string,
  req: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
) {
  const who = identify(deps, req);
  signedIn(who);
  if (!ID.test(req.params.id)) throw badField("id", "Expected a positive whole number");
  const row = attachmentForReader(deps.services.db, who, Number(req.params.id));
  const path = storedPath(dir, row.storedName);
  const { size } = await stat(path);
  return reply
    .type(row.contentType)
    .header("content-length", size)
    .header("content-disposition", dispositionHeader(row.filename, INLINE_TYPES.has(row.contentType)))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", FILE_CSP)
    .send(createReadStream(path));
}

/** Fastify's own refusals while reading the body (too large when streamed without a length). */
function bodyError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error.statusCode === 413) return sendError(req, reply, tooLarge());
  if (error.statusCode === 415) return sendError(req, reply, fail("unsupported_type", error.message));
  if (error.statusCode && error.statusCode < 500)
    return sendError(req, reply, fail("invalid", "the request could not be read"));
  return sendError(req, reply, error);
}

/** Creates the folder and registers both routes in their own scope (their own body parser). */
export async function registerAttachmentRoutes(
  app: FastifyInstance,
  deps: HttpContextDeps,
  dir: string,
): Promise<void> {
  prepareAttachmentsFolder(dir);
  const uploads = new WeakMap<FastifyRequest, Upload>();
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      [...ATTACHMENT_TYPES],
      { parseAs: "buffer", bodyLimit: MAX_ATTACHMENT_BYTES },
      (_req, body, done) => done(null, body),
    );
    scope.setErrorHandler(bodyError);

    scope.post<{ Params: { pledgeId: string } }>(
      "/api/pledges/:pledgeId/attachments",
      {
        bodyLimit: MAX_ATTACHMENT_BYTES,
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
          const created = await saveUpload(deps, dir, upload, req.body, req.ip);
          return reply.code(201).header("cache-control", "no-store").header("location", created.url).send(created);
        } catch (error) {
          return sendError(req, reply, error);
        }
      },
    );

    scope.get<{ Params: { id: string } }>("/api/attachments/:id", async (req, reply) => {
      reply.header("cache-control", "private, no-store");
      try {
        return await sendFile(deps, dir, req, reply);
      } catch (error) {
        return sendError(req, reply, error);
      }
    });
  });
}
