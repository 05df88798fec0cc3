// Request bodies: 1 MiB, except the JSON of the spreadsheet and bank statement imports
// (16 MiB) and the file uploads, which have their route's own limit (attachments 10 MiB:
// server/http/attachments.ts; import files 24 MiB: server/http/importUpload.ts). Counted as
// the body streams in, so a body sent without a Content-Length is cut off too.
import type { FastifyReply, FastifyRequest } from "fastify";
import { Transform, type Readable } from "node:stream";
import { MAX_IMPORT_JSON_BYTES } from "../import/limits";
import { IMPORT_UPLOAD_PATH } from "./importUpload";

const LIMIT = 1024 * 1024;
const IMPORT_JSON_PATHS = /^\/trpc\/(pledge\.import(Csv|File)|payment\.importStatement)(\?|$)/;
const ATTACHMENT_PATH = /^\/api\/pledges\/[^/?]+\/attachments(\?|$)/;

function tooLarge(): Error {
  return Object.assign(new Error("Request body is too large"), { statusCode: 413, code: "FST_ERR_CTP_BODY_TOO_LARGE" });
}

/** The limit of this hook for a request; null where the route sets its own. */
function limitFor(url: string): number | null {
  if (ATTACHMENT_PATH.test(url) || IMPORT_UPLOAD_PATH.test(url)) return null;
  return IMPORT_JSON_PATHS.test(url) ? MAX_IMPORT_JSON_BYTES : LIMIT;
}

export async function limitBody(req: FastifyRequest, _reply: FastifyReply, payload: Readable) {
  const limit = limitFor(req.url);
  if (limit === null) return payload;
  if (Number(req.headers["content-length"] ?? 0) > limit) throw tooLarge();
  let seen = 0;
  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        done(seen > limit ? tooLarge() : null, chunk);
      },
    }),
  );
}
