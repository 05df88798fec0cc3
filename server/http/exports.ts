// GET /api/campaigns/:id/{pledges,sponsors,financing-plan,payments}.{csv,xlsx}[?locale=de][&asOf=…][&knownAt=…]:
// the campaign's lists, its financing plan for the funding application, and its payments for
// the treasurer, as files for Excel (CONTRACT.md "CSV export"). Who: organisers, committee
// and admins of the campaign (payments: organisers and admins), signed in by cookie or Bearer
// token exactly as for tRPC. Checks in the contract's
// order: a link followed from another site (403), session (401), kind of account (403),
// input (400), the campaign (404).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Readable } from "node:stream";
import { z } from "zod";
import type { Campaign } from "../../db/schema";
import { campaignFor, type Need, staffOnly, type StaffRole } from "../access";
import { audit } from "../audit";
import type { SessionUser } from "../auth/sessions";
import { identify, type HttpContextDeps } from "../context";
import { berlinDay } from "../domain/dates";
import { badField, forbidden } from "../domain/errors";
import { csvChunks } from "../export/csv";
import { attachmentHeader } from "../export/filename";
import { readFinancingPlan } from "../queries/financingPlan";
import { readPaymentRows } from "../queries/paymentExport";
import { readProofOfUse } from "../queries/proofOfUse";
import { PROOF_COLUMNS } from "../export/proofOfUseColumns";
import { renderPdf } from "../letters/pdf";
import { proofOfUsePdf } from "../letters/proofOfUse";
import { PAYMENT_COLUMNS } from "../export/paymentColumns";
import { financingPlanColumns } from "../export/financingPlanColumns";
import type { ExportLocale } from "../domain/spreadsheet";
import { PLEDGE_COLUMNS } from "../export/pledgeColumns";
import { pledgePages, type PledgeExportRow } from "../queries/pledgeExport";
import { mayExportContacts, sponsorColumns } from "../export/sponsorColumns";
import { readSponsorRows } from "../queries/sponsorExport";
import { xlsxBuffer } from "../export/xlsx";
import { buildXlsx } from "../export/xlsxJob";
import { pastView } from "../routers/inputs";
import { viewDay } from "../routers/viewDay";
import { sendError } from "./errorReply";

type Format = "csv" | "xlsx";
/** Sec-Fetch-Site values of a request another site started; our pages send same-origin. */
const FOREIGN_SITES = new Set(["cross-site", "same-site"]);
type List = "pledges" | "sponsors" | "financing-plan" | "payments";
/** Payments are the treasurer's: organisers and admins. */
const NEED: Record<List, Need> = { pledges: "read", sponsors: "read", "financing-plan": "read", payments: "write" };

const CONTENT_TYPE: Record<Format, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const SHEET = {
  pledges: { en: "Pledges", de: "Zusagen" },
  sponsors: { en: "Sponsors", de: "Sponsoren" },
  "financing-plan": { en: "Financing plan", de: "Finanzierungsplan" },
  payments: { en: "Payments", de: "Zahlungen" },
} as const;
const FILE_WORD = {
  pledges: "zusagen",
  sponsors: "sponsoren",
  "financing-plan": "finanzierungsplan",
  payments: "zahlungen",
} as const;
const ID = /^[1-9][0-9]{0,14}$/;

interface ExportRequest {
  user: SessionUser;
  campaign: Campaign;
  role: StaffRole;
  locale: ExportLocale;
  /** Pledges and financing plan as of a past day or a time of knowledge; null: as they are now. */
  past: { asOf: string; knownAt: number | null } | null;
}

type Params = { id: string };
type Query = { locale?: unknown; asOf?: unknown; knownAt?: unknown };

const pastQuery = z.object(pastView);

/** The same checks as a staff procedure's, in the contract's order. */
function authorise(
  deps: HttpContextDeps,
  req: FastifyRequest<{ Params: Params; Querystring: Query }>,
  need: Need,
): ExportRequest {
  // A download of contacts is logged in the downloader's name: a link on a foreign page must
  // not make the browser write that row (Sec-Fetch-Site; scripts send none).
  if (FOREIGN_SITES.has(String(req.headers["sec-fetch-site"] ?? "")))
    throw forbidden("cross-site requests are refused");
  const user = staffOnly(identify(deps, req));
  if (!ID.test(req.params.id)) throw badField("id", "Expected a positive whole number");
  const locale = req.query.locale ?? "en";
  if (locale !== "en" && locale !== "de") throw badField("locale", "Expected de or en");
  const parsed = pastQuery.safeParse({ asOf: req.query.asOf, knownAt: req.query.knownAt });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "asOf");
    throw badField(field, parsed.error.issues[0]?.message ?? "invalid");
  }
  const { campaign, role } = campaignFor(deps.services.lookups, user, Number(req.params.id), need);
  const today = berlinDay(deps.now());
  const view = viewDay(parsed.data, deps.now());
  const past = view.knownAt !== null || view.asOf < today ? view : null;
  return { user, campaign, role, locale, past };
}

/** "zusagen", or "zusagen-excel" for the German Excel CSV: both CSVs must not save under one name. */
export function fileWord(list: List, format: Format, locale: ExportLocale): string {
  return format === "csv" && locale === "de" ? `${FILE_WORD[list]}-excel` : FILE_WORD[list];
}

function startFile(reply: FastifyReply, deps: HttpContextDeps, target: ExportRequest, list: List, format: Format) {
  const day = berlinDay(deps.now());
  const what = fileWord(list, format, target.locale);
  reply
    .type(CONTENT_TYPE[format])
    .header("content-disposition", attachmentHeader(target.campaign.name, what, day, format));
}

async function sendPledges(reply: FastifyReply, deps: HttpContextDeps, target: ExportRequest, format: Format) {
  startFile(reply, deps, target, "pledges", format);
  const pages = pledgePages(deps.services.db, target.campaign.id, undefined, target.past);
  if (format === "csv") return reply.send(Readable.from(csvChunks(PLEDGE_COLUMNS, pages, target.locale)));
  const rows: PledgeExportRow[] = [];
  for await (const page of pages) for (const row of page) rows.push(row);
  return reply.send(
    await buildXlsx({ list: "pledges", rows, locale: target.locale, sheet: SHEET.pledges[target.locale] }),
  );
}

async function sendSponsors(
  reply: FastifyReply,
  deps: HttpContextDeps,
  target: ExportRequest,
  format: Format,
  ip: string,
) {
  const withContacts = mayExportContacts(target.role);
  const columns = sponsorColumns(withContacts);
  const rows = readSponsorRows(deps.services.db, target.campaign.id);
  // Contact persons leave the system in this file: logged like a single contact export.
  if (withContacts) {
    audit(deps.services.db, deps.now(), {
      action: "contact_exported",
      userId: target.user.id,
      campaignId: target.campaign.id,
      ip,
      detail: { export: `sponsors.${format}`, sponsors: rows.length },
    });
  }
  startFile(reply, deps, target, "sponsors", format);
  if (format === "csv") return reply.send(Readable.from(csvChunks(columns, [rows], target.locale)));
  return reply.send(
    await buildXlsx({
      list: "sponsors",
      withContacts,
      rows,
      locale: target.locale,
      sheet: SHEET.sponsors[target.locale],
    }),
  );
}

async function sendFinancingPlan(reply: FastifyReply, deps: HttpContextDeps, target: ExportRequest, format: Format) {
  const today = berlinDay(deps.now());
  const { asOf, knownAt } = target.past ?? { asOf: today, knownAt: null };
  const plan = readFinancingPlan(deps.services.db, target.campaign, today, asOf, knownAt);
  const columns = financingPlanColumns(plan.years, target.locale);
  startFile(reply, deps, target, "financing-plan", format);
  if (format === "csv") return reply.send(Readable.from(csvChunks(columns, [plan.rows], target.locale)));
  // One row per sponsor plus three: far below WORKER_FROM_ROWS, so built here. (The worker's
  // job type in xlsxJob.ts knows only pledges and sponsors; a campaign with thousands of
  // sponsors would need a "financing-plan" job there.)
  return reply.send(await xlsxBuffer(columns, plan.rows, target.locale, SHEET["financing-plan"][target.locale]));
}

async function sendPayments(reply: FastifyReply, deps: HttpContextDeps, target: ExportRequest, format: Format) {
  const rows = readPaymentRows(deps.services.db, target.campaign);
  startFile(reply, deps, target, "payments", format);
  if (format === "csv") return reply.send(Readable.from(csvChunks(PAYMENT_COLUMNS, [rows], target.locale)));
  // One row per payment: a few thousand over three years, built here like the financing plan.
  return reply.send(await xlsxBuffer(PAYMENT_COLUMNS, rows, target.locale, SHEET.payments[target.locale]));
}

const SENDERS: Record<
  List,
  (reply: FastifyReply, deps: HttpContextDeps, target: ExportRequest, format: Format, ip: string) => Promise<unknown>
> = {
  pledges: sendPledges,
  sponsors: sendSponsors,
  "financing-plan": sendFinancingPlan,
  payments: sendPayments,
};

const YEAR = /^(19|20|21)[0-9]{2}$/;

/**
 * GET /api/campaigns/:id/proof-of-use.{xlsx,pdf}[?year=2017][&locale=de]: the income side of
 * the proof of use (queries/proofOfUse.ts), for one calendar year or all. Organisers,
 * committee and admins of the campaign.
 */
async function sendProofOfUse(
  req: FastifyRequest<{ Params: Params; Querystring: Query & { year?: unknown } }>,
  reply: FastifyReply,
  deps: HttpContextDeps,
  format: "xlsx" | "pdf",
) {
  const target = authorise(deps, req, "read");
  const yearText = req.query.year;
  if (yearText !== undefined && !(typeof yearText === "string" && YEAR.test(yearText)))
    throw badField("year", "Expected a calendar year such as 2017");
  const year = yearText === undefined ? null : Number(yearText);
  const today = berlinDay(deps.now());
  const proof = readProofOfUse(deps.services.db, target.campaign, today, year);
  const what = year === null ? "verwendungsnachweis" : `verwendungsnachweis-${year}`;
  if (format === "pdf") {
    const pdf = await renderPdf(proofOfUsePdf(target.campaign, proof, year, today, target.locale));
    return reply
      .type("application/pdf")
      .header("content-disposition", attachmentHeader(target.campaign.name, what, today, "pdf"))
      .send(pdf);
  }
  reply
    .type(CONTENT_TYPE.xlsx)
    .header("content-disposition", attachmentHeader(target.campaign.name, what, today, "xlsx"));
  const sheet = target.locale === "de" ? "Verwendungsnachweis" : "Proof of use";
  return reply.send(await xlsxBuffer(PROOF_COLUMNS, proof.rows, target.locale, sheet));
}

export function registerExportRoutes(app: FastifyInstance, deps: HttpContextDeps): void {
  for (const format of ["xlsx", "pdf"] as const)
    app.get<{ Params: Params; Querystring: Query & { year?: unknown } }>(
      `/api/campaigns/:id/proof-of-use.${format}`,
      async (req, reply) => {
        reply.header("cache-control", "no-store");
        try {
          return await sendProofOfUse(req, reply, deps, format);
        } catch (error) {
          return sendError(req, reply, error);
        }
      },
    );
  const route = (list: List, format: Format) =>
    app.get<{ Params: Params; Querystring: Query }>(`/api/campaigns/:id/${list}.${format}`, async (req, reply) => {
      reply.header("cache-control", "no-store");
      try {
        const target = authorise(deps, req, NEED[list]);
        return await SENDERS[list](reply, deps, target, format, req.ip);
      } catch (error) {
        return sendError(req, reply, error);
      }
    });
  for (const format of ["csv", "xlsx"] as const) {
    for (const list of ["pledges", "sponsors", "financing-plan", "payments"] as const) route(list, format);
  }
}
