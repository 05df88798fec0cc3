// Reads the configuration, opens and migrates the database, starts the server.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DamagedDatabaseError, openDatabase, type Db } from "../db/open";
import { buildApp } from "./app";
import { ensureFirstAdmin, loadDemoIfEmpty } from "./bootstrap";
import { readConfig } from "./config";
import { createServices } from "./services";

const config = readConfig();
const db = openOrRefuse(config.databaseFile);
const services = createServices(db);
const log = (line: string) => console.log(line);
await ensureFirstAdmin(services, config, new Date(), log);
await loadDemoIfEmpty(services, config, new Date(), log);

const app = await buildApp({
  services,
  clientDir: fileURLToPath(new URL("../dist", import.meta.url)),
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
  logLevel: config.logLevel,
  liveStreamsPerAddress: config.liveStreamsPerAddress,
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

function openOrRefuse(file: string): Db {
  try {
    return openDatabase(file);
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError) && !/not a database|malformed/i.test(String(error))) throw error;
    console.error(`${error instanceof DamagedDatabaseError ? error.message : `The database file ${file} cannot be read: ${(error as Error).message}.`}
The server does not start on a damaged database. Restore the last backup and start again.`);
    process.exit(1);
  }
}
