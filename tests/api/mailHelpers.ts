// A real SMTP server for mail tests (smtp-server on a free port, with a login), keeping every
// message it accepts parsed by mailparser; `refuse` makes it refuse every recipient, `refuseTo`
// only those addresses (550, as a mailbox that does not exist: permanent); `deferTo` answers
// those addresses 451 (try again later: transient).
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { DEFAULT_MAIL_FROM } from "../../server/config";
import { type MailSender, startMailSender } from "../../server/mail/sender";
import { smtpTransport } from "../../server/mail/transport";
import type { Services } from "../../server/services";

export const SMTP_USER = "mailer";
export const SMTP_PASS = "s3cret";

export async function startSmtp(options: { refuse?: string; refuseTo?: string[]; deferTo?: string[] } = {}) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASS) done(null, { user: SMTP_USER });
      else done(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, done) {
      if (options.refuseTo?.includes(address.address))
        return done(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      if (options.deferTo?.includes(address.address))
        return done(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
      if (!options.refuse) return done();
      const error = Object.assign(new Error(options.refuse), { responseCode: 550 });
      done(error);
    },
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The outbox's sender as a test drives it: no timer (the test calls `sendDue`), on the test's clock. */
export function testSender(
  services: Services,
  smtpUrl: string,
  now: () => Date,
  baseUrl = "http://tracker.example",
): MailSender {
  return startMailSender({
    services,
    transport: smtpTransport(smtpUrl),
    from: DEFAULT_MAIL_FROM,
    baseUrl,
    now,
    intervalMs: 0,
  });
}
