// Reads the configuration, opens and migrates the database, starts the server.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/open";
import { buildApp } from "./app";
import { ensureFirstAdmin, loadDemoIfEmpty } from "./bootstrap";
import { readConfig } from "./config";

const config = readConfig();
const db = openDatabase(config.databaseFile);
const log = (line: string) => console.log(line);
await ensureFirstAdmin(db, config, new Date(), log);
await loadDemoIfEmpty(db, config, new Date(), log);

const app = await buildApp({
  db, clientDir: fileURLToPath(new URL("../dist", import.meta.url)), publicUrl: config.publicUrl, trustProxy: config.trustProxy,
  // Attachments live beside the database file, so one folder holds all the data to back up.
  attachmentsDir: join(dirname(config.databaseFile), "attachments"),
});
const address = await app.listen({ port: config.port, host: config.host });
const url = address.replace("://127.0.0.1", "://localhost");
log(`Campaign tracker listening on ${url}`);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await app.close();
    db.$client.close();
    process.exit(0);
  });
}
