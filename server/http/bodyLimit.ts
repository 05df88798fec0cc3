// Request bodies: 1 MiB, except the spreadsheet imports (32 MiB, Fastify's own limit,
// which also counts bodies sent without a Content-Length) and attachment uploads (10 MiB,
// their route's own limit: server/http/attachments.ts).
import type { FastifyReply, FastifyRequest } from "fastify";
import { Transform, type Readable } from "node:stream";

const LIMIT = 1024 * 1024;
const IMPORT_PATHS = /^\/trpc\/pledge\.import(Csv|File)(\?|$)|^\/api\/pledges\/[^/?]+\/attachments(\?|$)/;

function tooLarge(): Error {
  return Object.assign(new Error("Request body is too large"), { statusCode: 413, code: "FST_ERR_CTP_BODY_TOO_LARGE" });
}

export async function limitBody(req: FastifyRequest, _reply: FastifyReply, payload: Readable) {
  if (IMPORT_PATHS.test(req.url)) return payload;
  if (Number(req.headers["content-length"] ?? 0) > LIMIT) throw tooLarge();
  let seen = 0;
  // Chunked bodies have no length up front: count as they stream.
  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        done(seen > LIMIT ? tooLarge() : null, chunk);
      },
    }),
  );
}
