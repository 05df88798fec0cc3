// Reads the configuration, opens and migrates the database, starts the server.
import { DamagedDatabaseError, openDatabase, type Db } from "../db/open";
import { readConfig } from "./config";
import { startApp } from "./start";

const config = readConfig();
const db = openOrRefuse(config.databaseFile);
const log = (line: string) => console.log(line);
const { app, url } = await startApp(config, db, log);
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
