// Which refusals fail a mail at once (server/mail/refusal.ts): a permanent SMTP reply (5xx) and
// a mail whose letter can no longer be made; a 4xx reply, a dropped connection or a busy letter
// worker are tried again.
import { describe, expect, it } from "vitest";
import { isFinalRefusal, UnsendableMail } from "../../server/mail/refusal";

const smtpError = (responseCode: number) => Object.assign(new Error(`${responseCode} refused`), { responseCode });

describe("a mail's refusal", () => {
  it.each([550, 551, 552, 553, 554, 500])("a %d reply is final", (code) => {
    expect(isFinalRefusal(smtpError(code))).toBe(true);
  });

  it.each([421, 450, 451, 452])("a %d reply (try later) is retried", (code) => {
    expect(isFinalRefusal(smtpError(code))).toBe(false);
  });

  it("a letter that can no longer be made is final; other errors are retried", () => {
    expect(isFinalRefusal(new UnsendableMail("a withdrawn pledge gets no confirmation"))).toBe(true);
    expect(isFinalRefusal(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(isFinalRefusal(new Error("the letter worker is busy"))).toBe(false);
    expect(isFinalRefusal(null)).toBe(false);
    expect(isFinalRefusal("550")).toBe(false);
  });
});
