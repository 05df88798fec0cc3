// Fixture for the attachment tests: campaign A with the organiser's pledge for sponsor A and
// one for sponsor B, campaign B with its own pledge, a real server whose attachments folder
// is a fresh temp folder, and the request headers of every kind of caller (cookies from a
// real sign-in or a real sponsor link, and Bearer tokens of both scopes).
import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { buildApp } from "../../server/app";
import { createApiToken } from "../../server/auth/apiTokens";
import { addPledge, addSponsor, PASSWORD, servicesFor, setup, useCheapPasswords } from "./helpers";

/** The smallest files each sniffer accepts, with a little body so sizes differ. */
export const FILES = {
  pdf: Buffer.concat([
    Buffer.from("%PDF-1.4\n"),
    Buffer.from("1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  ]),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from("\0\0\0\rIHDR not really an image"),
  ]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("JFIF and some bytes")]),
  text: Buffer.from("Hello, this is plain text pretending to be a signed commitment.\n"),
};

export const CALLERS = [
  "anonymous",
  "sponsor",
  "otherSponsor",
  "committee",
  "otherOrganiser",
  "organiser",
  "admin",
  "bearer",
  "readBearer",
] as const;
export type Caller = (typeof CALLERS)[number];

export interface Res {
  status: number;
  body: any;
  bytes: Buffer;
  headers: Headers;
}

export async function attachmentsFixture() {
  const s = await setup();
  const o = s.as.organiser;
  const sponsor = await addSponsor(o, s.campaign.id, { name: "Printen Lambertz KG" });
  const otherSponsor = await addSponsor(o, s.campaign.id, { name: "Aachener Bank eG" });
  const sponsorInB = await addSponsor(s.as.otherOrganiser, s.otherCampaign.id, { name: "Bonner AG" });
  const pledge = await addPledge(o, s.campaign.id, sponsor.id, 1_500_000);
  const otherPledge = await addPledge(o, s.campaign.id, otherSponsor.id, 500_000);
  const pledgeInB = await addPledge(s.as.otherOrganiser, s.otherCampaign.id, sponsorInB.id, 700_000);
  useCheapPasswords(s.db);

  const dir = mkdtempSync(join(tmpdir(), "attachments-test-"));
  const attachmentsDir = join(dir, "attachments");
  const app: FastifyInstance = await buildApp({ services: servicesFor(s.db), now: s.clock.now, attachmentsDir });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const request = async (path: string, init: RequestInit = {}): Promise<Res> => {
    const res = await fetch(base + path, { redirect: "manual", ...init });
    const bytes = Buffer.from(await res.arrayBuffer());
    let body: any = bytes.toString("utf8");
    try {
      body = JSON.parse(body);
    } catch {
      // a file, not JSON
    }
    return { status: res.status, body, bytes, headers: res.headers };
  };
  const post = (path: string, input: unknown, headers: Record<string, string> = {}) =>
    request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(input),
    });
  const login = async (email: string) => {
    const res = await post("/trpc/auth.login", { email, password: PASSWORD });
    expect(res.status).toBe(200);
    return { cookie: res.headers.getSetCookie()[0].split(";")[0] };
  };
  const sponsorSession = async (sponsorId: number, organiser: Record<string, string>) => {
    const link = await post("/trpc/sponsor.createAccessLink", { sponsorId }, organiser);
    const opened = await request(new URL(link.body.result.data.url).pathname);
    expect(opened.status).toBe(303);
    return { cookie: opened.headers.getSetCookie()[0].split(";")[0] };
  };

  const organiser = await login("organiser@example.org");
  const as: Record<Caller, Record<string, string>> = {
    anonymous: {},
    sponsor: await sponsorSession(sponsor.id, organiser),
    otherSponsor: await sponsorSession(otherSponsor.id, organiser),
    committee: await login("committee@example.org"),
    otherOrganiser: await login("bonn@example.org"),
    organiser,
    admin: await login("admin@example.org"),
    bearer: {
      authorization: `Bearer ${createApiToken(s.db, s.users.organiser.id, { name: "scan import", scope: "write" }, s.clock.now()).token}`,
    },
    readBearer: {
      authorization: `Bearer ${createApiToken(s.db, s.users.organiser.id, { name: "archive", scope: "read" }, s.clock.now()).token}`,
    },
  };

  /** POST the raw bytes as a file, as the pledge page does. */
  const upload = (
    pledgeId: number | string,
    who: Caller,
    bytes: Buffer,
    { type = "application/pdf", filename = "Zusage.pdf", headers = {} as Record<string, string> } = {},
  ) =>
    request(`/api/pledges/${pledgeId}/attachments`, {
      method: "POST",
      headers: { "content-type": type, "x-filename": encodeURIComponent(filename), ...as[who], ...headers },
      body: new Uint8Array(bytes),
    });
  const download = (id: number | string, who: Caller) => request(`/api/attachments/${id}`, { headers: as[who] });
  const list = (pledgeId: number, who: Caller) =>
    request(`/trpc/pledge.attachments?input=${encodeURIComponent(JSON.stringify({ pledgeId }))}`, { headers: as[who] });
  const remove = (attachmentId: number, who: Caller, headers: Record<string, string> = {}) =>
    post("/trpc/pledge.removeAttachment", { attachmentId }, { ...as[who], ...headers });

  return {
    s,
    base,
    app,
    attachmentsDir,
    as,
    sponsor,
    otherSponsor,
    pledge,
    otherPledge,
    pledgeInB,
    request,
    upload,
    download,
    list,
    remove,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type AttachmentsFixture = Awaited<ReturnType<typeof attachmentsFixture>>;
