// npm run restore -- <file>: puts a backup in place of the database (DATABASE_FILE). Refuses a
// damaged backup and a database a running server has open; keeps the current file (with its
// -wal and -shm) and attachments under `.before-restore-<time>` names instead of deleting them.
import { copyFileSync, existsSync, mkdirSync, renameSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { readConfig } from "../server/config";
import { attachmentsBeside, checkFile, copyAttachments, fail, inUse, syncToDisk } from "./sqliteFiles";

const backup = process.argv[2] ? resolve(process.argv[2]) : fail("Usage: npm run restore -- <backup-file>");
const target = resolve(readConfig().databaseFile);
if (!existsSync(backup)) fail(`There is no backup at ${backup}.`);
if (backup === target) fail("The backup is the database itself: nothing to restore.");

const check = checkFile(backup);
if (!check.ok)
  fail(`The backup ${backup} is damaged (${check.problems}). Nothing was changed; restore an older backup.`);

if (existsSync(target)) {
  // Stop the server first; this check makes sure it was. Closing the check's connection also
  // folds a crash's -wal into the file, so the file kept aside below is complete on its own.
  const busy = inUse(target);
  if (busy)
    fail(
      `The database ${target} is in use: a server (or another program) has it open. Stop the server, then restore again. Nothing was changed.`,
    );
  if (busy === null) console.log(`The current database ${target} cannot be opened (damaged); it is kept aside.`);
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
mkdirSync(dirname(target), { recursive: true });
const incoming = `${target}.restoring`;
copyFileSync(backup, incoming);
syncToDisk(incoming);
const done: string[] = [];
// A -wal left beside the restored file would be replayed into it: move all three aside.
for (const suffix of ["", "-wal", "-shm"]) {
  if (!existsSync(target + suffix)) continue;
  const aside = `${target}.before-restore-${stamp}${suffix}`;
  renameSync(target + suffix, aside);
  done.push(`moved ${target + suffix} to ${aside}`);
}
renameSync(incoming, target);
syncToDisk(dirname(target));
done.push(
  `restored ${backup} to ${target} (integrity_check ok; pledges: ${check.pledges}, pledge events: ${check.events})`,
);

const savedAttachments = `${backup}.attachments`;
const attachments = attachmentsBeside(target);
if (existsSync(savedAttachments)) {
  if (existsSync(attachments)) {
    renameSync(attachments, `${attachments}.before-restore-${stamp}`);
    done.push(`moved ${attachments} to ${attachments}.before-restore-${stamp}`);
  }
  done.push(
    `copied ${copyAttachments(savedAttachments, attachments)} attachment files from ${savedAttachments} to ${attachments}`,
  );
} else {
  done.push(`no attachments folder in the backup (${savedAttachments}); ${attachments} left as it is`);
}
console.log(done.join("\n"));
console.log("Start the server to use the restored database.");
