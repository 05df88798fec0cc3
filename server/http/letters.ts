// Letters about a pledge, as PDFs built per request (server/letters):
//   GET /api/pledges/:id/confirmation.pdf?locale=de|en   the pledge confirmation to sign
//   GET /api/pledges/:id/thanks.pdf?locale=de|en         the thank-you letter (binding pledges)
// Who: staff of the pledge's campaign (organiser, committee, admin; read tokens too) and the
// pledge's own sponsor, as for its attachments (access.ts pledgeForReader). Checks in the
// contract's order: session (401), input (400), the pledge (404), its status (409).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { pledgeForReader, signedIn } from "../access";
import { dispositionHeader } from "../attachments/filename";
import { identify, type HttpContextDeps } from "../context";
import { berlinDay } from "../domain/dates";
import { badField, conflict } from "../domain/errors";
import { renderPdf } from "../letters/pdf";
import { LETTERS, letterFileName, type LetterKind } from "../letters/kinds";
import { readLetterFacts } from "../queries/letters";
import { sendError } from "./errorReply";

const ID = /^[1-9][0-9]{0,14}$/;
/** A PDF shown by the browser must not run script in our origin (as attachments). */
const FILE_CSP = "default-src 'none'; img-src 'self'; object-src 'self'; sandbox";

type LetterRequest = FastifyRequest<{ Params: { id: string }; Querystring: { locale?: unknown } }>;

async function sendLetter(deps: HttpContextDeps, kind: LetterKind, req: LetterRequest, reply: FastifyReply) {
  const who = identify(deps, req);
  signedIn(who);
  if (!ID.test(req.params.id)) throw badField("id", "Expected a positive whole number");
  const locale = req.query.locale ?? "de";
  if (locale !== "de" && locale !== "en") throw badField("locale", "Expected de or en");
  const { pledge } = pledgeForReader(deps.services.db, who, Number(req.params.id));
  const letter = LETTERS[kind];
  const refusal = letter.refusal(pledge);
  if (refusal) throw conflict(refusal);
  const facts = readLetterFacts(deps.services.db, pledge, berlinDay(deps.now()));
  const pdf = await renderPdf(letter.build(facts, locale));
  return reply
    .type("application/pdf")
    .header("content-disposition", dispositionHeader(letterFileName(kind, pledge), false))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", FILE_CSP)
    .send(pdf);
}

export function registerLetterRoutes(app: FastifyInstance, deps: HttpContextDeps): void {
  for (const kind of Object.keys(LETTERS) as LetterKind[])
    app.get(`/api/pledges/:id/${kind}.pdf`, async (req: LetterRequest, reply) => {
      reply.header("cache-control", "private, no-store");
      try {
        return await sendLetter(deps, kind, req, reply);
      } catch (error) {
        return sendError(req, reply, error);
      }
    });
}
