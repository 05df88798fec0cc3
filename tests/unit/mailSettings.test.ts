// SMTP_URL and MAIL_FROM as read from the environment, and when a refused e-mail is retried.
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/config";
import { MAX_MAIL_ATTEMPTS, retryAt } from "../../server/domain/mailRetry";

describe("mail configuration", () => {
  it("without SMTP_URL nothing is sent, and MAIL_FROM has the tracker's default", () => {
    expect(readConfig({})).toMatchObject({ smtpUrl: null, mailFrom: "Kampagnen-Tracker <noreply@localhost>" });
  });

  it("takes smtp:// and smtps:// URLs and the sender as given", () => {
    const env = { SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "Aachen <kampagne@example.org>" };
    expect(readConfig(env)).toMatchObject({ smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM });
    expect(readConfig({ SMTP_URL: "smtp://mail.example:25" }).smtpUrl).toBe("smtp://mail.example:25");
  });

  it("refuses another scheme at start", () => {
    for (const bad of ["http://mail.example", "mail.example:25", "smtp://"])
      expect(() => readConfig({ SMTP_URL: bad }), bad).toThrow(/SMTP_URL/);
  });
});

describe("retries of a refused e-mail", () => {
  const now = new Date("2016-05-20T10:00:00Z");
  const minutesAfter = (attempt: number) => (retryAt(now, attempt).getTime() - now.getTime()) / 60_000;

  it("wait 1, 5, 30, 120, then 360 minutes, and the sixth attempt is the last", () => {
    expect([1, 2, 3, 4, 5].map(minutesAfter)).toEqual([1, 5, 30, 120, 360]);
    expect(MAX_MAIL_ATTEMPTS).toBe(6);
    expect(minutesAfter(9)).toBe(360);
  });
});
