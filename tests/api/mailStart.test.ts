// The server as `npm start` runs it: with SMTP_URL its sender starts with it, sends queued
// mail on its own, and stops when the server closes; without SMTP_URL it says so at start.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { startApp } from "../../server/start";
import { addSponsor, setup } from "./helpers";
import { startSmtp } from "./mailHelpers";

const configWith = (env: Record<string, string>) =>
  readConfig({
    PORT: "0",
    DEMO_DATA: "off",
    DATABASE_FILE: join(mkdtempSync(join(tmpdir(), "mail-start-")), "c.db"),
    ...env,
  });

describe("the mail sender of a started server", () => {
  it("sends queued mail by itself and stops with the server", async () => {
    const s = await setup();
    const smtp = await startSmtp();
    const sponsor = await addSponsor(s.as.organiser, s.campaign.id, { contactEmail: "kontakt@example.org" });
    await s.as.organiser.sponsor.sendAccessLink({ sponsorId: sponsor.id });
    const lines: string[] = [];
    const { app } = await startApp(
      configWith({ SMTP_URL: smtp.url, PUBLIC_URL: "https://tracker.example" }),
      s.db,
      (l) => lines.push(l),
    );
    try {
      await expect.poll(() => smtp.received.length, { timeout: 9_000, interval: 200 }).toBe(1);
      expect(smtp.received[0].text).toMatch(/https:\/\/tracker\.example\/s\/\S+/);
    } finally {
      await app.close();
      await smtp.close();
    }
    expect(lines.join("\n")).not.toMatch(/SMTP_URL is not set/);
  }, 15_000);

  it("without SMTP_URL says at start that mail stays queued", async () => {
    const s = await setup();
    const lines: string[] = [];
    const { app } = await startApp(configWith({}), s.db, (l) => lines.push(l));
    await app.close();
    expect(lines).toContain("SMTP_URL is not set: e-mail stays queued in the outbox.");
  });
});
