// Reading and removing attachments over real HTTP (CONTRACT.md "Who sees what": organisers,
// committee and admins of the campaign, and the pledge's sponsor): GET /api/attachments/:id
// with headers that keep a PDF from running script in our origin, the list
// (pledge.attachments) and pledge.removeAttachment (organisers and admins; audited; the
// record and the file stay).
import { eq } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments, auditLog } from "../../db/schema";
import { attachmentsFixture, FILES, type AttachmentsFixture, type Caller } from "./attachmentsFixture";

let f: AttachmentsFixture;
let pdf: { id: number; url: string };
let png: { id: number };
let inB: { id: number };

beforeAll(async () => {
  f = await attachmentsFixture();
  pdf = (await f.upload(f.pledge.id, "organiser", FILES.pdf, { filename: "Zusage Printen Müller.pdf" })).body;
  png = (await f.upload(f.pledge.id, "admin", FILES.png, { type: "image/png", filename: "Unterschrift.png" })).body;
  inB = (await f.upload(f.pledgeInB.id, "otherOrganiser", FILES.pdf)).body;
});
afterAll(() => f?.close());

describe("GET /api/attachments/:id", () => {
  it.each<[Caller, number]>([
    ["anonymous", 401],
    ["otherSponsor", 404],
    ["otherOrganiser", 404],
  ])("refuses %s with %i, as JSON without the file's headers", async (who, status) => {
    const res = await f.download(pdf.id, who);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(status === 401 ? "UNAUTHORIZED" : "NOT_FOUND");
    expect(res.headers.get("content-disposition")).toBeNull();
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it.each<Caller>(["sponsor", "committee", "organiser", "admin", "bearer", "readBearer"])(
    "serves %s the file as uploaded",
    async (who) => {
      const res = await f.download(pdf.id, who);
      expect(res.status).toBe(200);
      expect(res.bytes.equals(FILES.pdf)).toBe(true);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-length")).toBe(String(FILES.pdf.length));
    },
  );

  it("sends the headers that keep the file in its box: inline name, nosniff, no caching, a sandboxing CSP", async () => {
    const res = await f.download(pdf.id, "organiser");
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="Zusage Printen Muller.pdf"; filename*=UTF-8''Zusage%20Printen%20M%C3%BCller.pdf`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none'; img-src 'self'; object-src 'self'; sandbox",
    );
    const image = await f.download(png.id, "sponsor");
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-disposition")).toMatch(/^inline; filename="Unterschrift\.png"/);
  });

  it("answers an unknown id, another campaign's file and a bad id like the export routes", async () => {
    expect((await f.download(9999, "admin")).status).toBe(404);
    expect((await f.download(inB.id, "organiser")).status).toBe(404);
    expect((await f.download(inB.id, "admin")).status).toBe(200);
    const bad = await f.download("abc", "organiser");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fieldErrors).toHaveProperty("id");
    expect((await f.download("abc", "anonymous")).status).toBe(401);
  });

  it("answers a cookie that is no session with 401", async () => {
    const res = await f.request(`/api/attachments/${pdf.id}`, { headers: { cookie: "sid=not-a-session" } });
    expect(res.status).toBe(401);
  });
});

describe("pledge.attachments", () => {
  it.each<[Caller, number]>([
    ["anonymous", 401],
    ["otherSponsor", 404],
    ["otherOrganiser", 404],
  ])("refuses %s with %i", async (who, status) => {
    expect((await f.list(f.pledge.id, who)).status).toBe(status);
  });

  it.each<Caller>(["committee", "organiser", "admin", "bearer"])(
    "lists them for %s with who uploaded them",
    async (who) => {
      const res = await f.list(f.pledge.id, who);
      expect(res.status).toBe(200);
      const items = res.body.result.data;
      expect(items.map((a: { filename: string }) => a.filename)).toEqual([
        "Zusage Printen Müller.pdf",
        "Unterschrift.png",
      ]);
      expect(items.map((a: { createdByName: string }) => a.createdByName)).toEqual(["organiser", "admin"]);
      expect(items[0]).toMatchObject({
        contentType: "application/pdf",
        sizeBytes: FILES.pdf.length,
        url: `/api/attachments/${pdf.id}`,
      });
    },
  );

  it("lists them for the pledge's sponsor, without naming staff", async () => {
    const res = await f.list(f.pledge.id, "sponsor");
    expect(res.status).toBe(200);
    expect(res.body.result.data.map((a: { createdByName: string | null }) => a.createdByName)).toEqual([null, null]);
  });
});

describe("pledge.removeAttachment", () => {
  it.each<[Caller, number]>([
    ["anonymous", 401],
    ["sponsor", 403],
    ["committee", 403],
    ["otherOrganiser", 404],
  ])("refuses %s with %i", async (who, status) => {
    expect((await f.remove(png.id, who)).status).toBe(status);
    expect((await f.download(png.id, "organiser")).status).toBe(200);
  });

  it("refuses a foreign Origin, as every mutation", async () => {
    expect((await f.remove(png.id, "organiser", { origin: "https://evil.example" })).status).toBe(403);
  });

  it("takes the file off the list and out of reach, keeps the record and the file, and writes the audit log", async () => {
    const res = await f.remove(png.id, "organiser");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await f.list(f.pledge.id, "organiser")).body.result.data.map((a: { id: number }) => a.id)).toEqual([
      pdf.id,
    ]);
    expect((await f.list(f.pledge.id, "sponsor")).body.result.data).toHaveLength(1);
    for (const who of ["organiser", "admin", "sponsor"] as const)
      expect((await f.download(png.id, who)).status).toBe(404);

    const row = f.s.db.select().from(attachments).where(eq(attachments.id, png.id)).get()!;
    expect(row).toMatchObject({ removedAt: f.s.clock.now().getTime(), removedBy: f.s.users.organiser.id });
    expect(readFileSync(join(f.attachmentsDir, row.storedName)).equals(FILES.png)).toBe(true);
    const entry = f.s.db.select().from(auditLog).where(eq(auditLog.action, "attachment_removed")).get()!;
    expect(entry).toMatchObject({ userId: f.s.users.organiser.id, campaignId: f.s.campaign.id });
    expect(JSON.parse(entry.detail!)).toEqual({ pledgeId: f.pledge.id, attachmentId: png.id });
  });

  it("answers a second removal with 404: the attachment is gone", async () => {
    expect((await f.remove(png.id, "admin")).status).toBe(404);
  });

  it("acts for a Bearer token's user: the organiser's token removes its campaign's file, not another campaign's", async () => {
    expect((await f.remove(inB.id, "bearer")).status).toBe(404);
    expect((await f.remove(pdf.id, "bearer")).status).toBe(200);
    expect((await f.list(f.pledge.id, "committee")).body.result.data).toEqual([]);
  });
});
