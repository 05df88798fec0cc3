// An issued receipt or invoice, as stored (server/documents/issue.ts):
//   GET /api/documents/:id.pdf
// The bytes are sent unchanged: a GET never issues, renders or numbers anything (a prefetch or
// a link cannot use up a number). Who: staff of the document's campaign (any role, read tokens
// too) and the document's own sponsor through its portal session, as the pledge letters
// (http/letters.ts). Checks in that order: session (401), id (400), the document (404). Who may
// have it is decided on the document's campaign and sponsor alone; its bytes are read after.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { assertCampaignAccess, signedIn } from "../access";
import { dispositionHeader } from "../attachments/filename";
import { identify, type HttpContextDeps } from "../context";
import { badField, notFound } from "../domain/errors";
import { documentAccessFacts, documentPdf } from "../queries/documents";
import { sendError } from "./errorReply";

const ID = /^[1-9][0-9]{0,14}$/;
/** A PDF shown by the browser must not run script in our origin (as attachments and letters). */
const FILE_CSP = "default-src 'none'; img-src 'self'; object-src 'self'; sandbox";

type DocumentRequest = FastifyRequest<{ Params: { id: string } }>;

function sendDocument(deps: HttpContextDeps, req: DocumentRequest, reply: FastifyReply) {
  const who = identify(deps, req);
  signedIn(who);
  if (!ID.test(req.params.id)) throw badField("id", "Expected a positive whole number");
  const documentId = Number(req.params.id);
  const document = documentAccessFacts(deps.services.db, documentId);
  if (!document) throw notFound("document");
  if (who.user) assertCampaignAccess(who.user, document.campaignId, "read", "document");
  else if (who.sponsor?.sponsorId !== document.sponsorId) throw notFound("document");
  const pdf = documentPdf(deps.services.db, documentId);
  if (!pdf) throw notFound("document");
  return reply
    .type("application/pdf")
    .header("content-disposition", dispositionHeader(`${document.number}.pdf`, false))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", FILE_CSP)
    .send(pdf);
}

export function registerDocumentRoutes(app: FastifyInstance, deps: HttpContextDeps): void {
  app.get("/api/documents/:id.pdf", async (req: DocumentRequest, reply) => {
    reply.header("cache-control", "private, no-store");
    try {
      return sendDocument(deps, req, reply);
    } catch (error) {
      return sendError(req, reply, error);
    }
  });
}
