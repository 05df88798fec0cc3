// npm run backup -- <file>: an online copy of the database, safe while the server runs and
// writes. SQLite's backup API copies one consistent snapshot; the copy is checked with
// integrity_check before it takes its final name, and the attachments folder beside the
// database is copied to `<file>.attachments`.
import Database from "better-sqlite3";
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { readConfig } from "../server/config";
import { attachmentsBeside, checkFile, copyAttachments, fail, syncToDisk } from "./sqliteFiles";

// All pages in one step: one read transaction, so writes by the server cannot make the backup
// start over (as they would between steps), and in WAL mode the server is never blocked.
const ALL_PAGES_AT_ONCE = 0x7fffffff;

const target = process.argv[2] ? resolve(process.argv[2]) : fail("Usage: npm run backup -- <backup-file>");
const source = resolve(readConfig().databaseFile);
if (!existsSync(source)) fail(`There is no database at ${source} (DATABASE_FILE).`);
if (existsSync(target)) fail(`${target} exists already. A backup never overwrites a file: choose a new name.`);
if (!existsSync(dirname(target))) fail(`The folder ${dirname(target)} does not exist.`);

// Written under a temporary name first: a failed or damaged backup never looks like a good one.
const partial = `${target}.partial`;
rmSync(partial, { force: true });
const db = new Database(source, { fileMustExist: true, timeout: 5_000 });
try {
  await db.backup(partial, { progress: () => ALL_PAGES_AT_ONCE });
} finally {
  db.close();
}
// A backup is one self-contained file: no -wal beside it to lose when it is copied elsewhere.
const copy = new Database(partial);
copy.pragma("journal_mode = DELETE");
copy.close();
const check = checkFile(partial);
if (!check.ok) {
  rmSync(partial, { force: true });
  fail(`The copy failed its integrity check (${check.problems}); no backup was written.`);
}
syncToDisk(partial);
renameSync(partial, target);
syncToDisk(dirname(target));

const size = statSync(target).size;
console.log(`Backup of ${source} written to ${target}`);
console.log(`  integrity_check: ok`);
console.log(`  pledges: ${check.pledges}, pledge events: ${check.events}`);
console.log(`  size: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);

// After the database: every attachment the snapshot refers to was written before it.
const attachments = attachmentsBeside(source);
if (existsSync(attachments)) {
  const files = copyAttachments(attachments, `${target}.attachments`);
  console.log(`  attachments: ${files} files copied from ${attachments} to ${target}.attachments`);
} else {
  console.log(`  attachments: none (no attachments folder beside the database)`);
}
