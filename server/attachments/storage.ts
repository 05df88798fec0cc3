// The attachments folder: `<dirname(DATABASE_FILE)>/attachments/`, one file per attachment
// under a random name. A file is written to a temporary name, synced and renamed, so a crash
// leaves either the whole file or a `.part` that the next start sweeps away, never half a file.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { join } from "node:path";

const STORED_NAME = /^[0-9a-f]{32}$/;
const PART_FILE = /^\.[0-9a-f]{32}\.part$/;

/** Creates the folder and removes temporary files an interrupted upload left behind. */
export function prepareAttachmentsFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (PART_FILE.test(name)) rmSync(join(dir, name), { force: true });
}

/** Writes the bytes under a new random name and returns the name. */
export async function storeFile(dir: string, bytes: Uint8Array): Promise<string> {
  const storedName = randomBytes(16).toString("hex");
  const part = join(dir, `.${storedName}.part`);
  try {
    const file = await open(part, "wx", 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(part, storedPath(dir, storedName));
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  await syncFolder(dir);
  return storedName;
}

/** Where a stored file lives; refuses anything but a name storeFile made. */
export function storedPath(dir: string, storedName: string): string {
  if (!STORED_NAME.test(storedName)) throw new Error("not a stored attachment name");
  return join(dir, storedName);
}

/** Removes a file whose database row could not be written (the upload failed as a whole). */
export async function discardFile(dir: string, storedName: string): Promise<void> {
  await rm(storedPath(dir, storedName), { force: true });
}

/** Makes the rename itself durable; folders cannot be opened for sync on every platform. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const folder = await open(dir, "r");
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Windows: renames are durable enough without it.
  }
}
