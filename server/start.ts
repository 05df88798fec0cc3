// One server from a configuration: the services on the opened database, the first admin and
// the demo when asked for, the app listening. `npm start` (main.ts) runs it in its own
// process; the browser tests run it inside the test process to spare a start-up per file.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../db/open";
import { buildApp } from "./app";
import { ensureFirstAdmin, loadDemoIfEmpty } from "./bootstrap";
import type { Config } from "./config";
import { startReminderScanner } from "./mail/reminders";
import { type MailSender, startMailSender } from "./mail/sender";
import { smtpTransport } from "./mail/transport";
import { createServices } from "./services";

export const CLIENT_DIR = fileURLToPath(new URL("../dist", import.meta.url));

export async function startApp(config: Config, db: Db, log: (line: string) => void) {
  const services = createServices(db, { mailSending: config.smtpUrl !== null });
  await ensureFirstAdmin(services, config, new Date(), log);
  await loadDemoIfEmpty(services, config, new Date(), log);
  const app = await buildApp({
    services,
    clientDir: CLIENT_DIR,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    logLevel: config.logLevel,
    liveStreamsPerAddress: config.liveStreamsPerAddress,
    // Attachments live beside the database file, so one folder holds all the data to back up.
    attachmentsDir: join(dirname(config.databaseFile), "attachments"),
  });
  // Hooks cannot be added once listening; the sender starts after, when the address is known.
  let sender: MailSender | null = null;
  app.addHook("onClose", async () => sender?.stop());
  // Reminders are queued whether or not mail is sent: the outbox keeps them until it is.
  const reminders = startReminderScanner({ services, log });
  app.addHook("onClose", async () => reminders.stop());
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace("://127.0.0.1", "://localhost");
  if (config.smtpUrl) {
    sender = startMailSender({
      services,
      transport: smtpTransport(config.smtpUrl),
      from: config.mailFrom,
      baseUrl: config.publicUrl ?? url,
      log,
    });
  } else log("SMTP_URL is not set: e-mail stays queued in the outbox.");
  return { app, url };
}
