// A camt.053 upload: one .xml, or a .zip holding several (banks deliver a day's statements
// per account that way). The zip is read with the bounded reader of the xlsx import
// (server/import/zip.ts), so its expansion is capped as for imports: per statement, in total,
// and by ratio. Parts other than .xml are not expanded.
import { type ZipBudget, streamEntries, UnreadableZip } from "../import/zip";
import { type CamtOutput, camtSink, withXmlErrors } from "./camt";
import { noneSkipped } from "./entry";
import { asBankError, badBankFile } from "./errors";
import { feedAll } from "./xmlStream";

export function readCamtXml(file: string, bytes: Uint8Array): CamtOutput {
  const out: CamtOutput = { credits: [], skipped: noneSkipped() };
  try {
    feedAll(withXmlErrors(file, camtSink(file, "statementBytes", out)), bytes);
  } catch (error) {
    throw asBankError(file, error);
  }
  return out;
}

/** Each statement of the zip, in the zip's order; macOS's resource forks are not statements. */
export function readCamtZip(file: string, bytes: Uint8Array): CamtOutput {
  const out: CamtOutput = { credits: [], skipped: noneSkipped() };
  const budget: ZipBudget = { expanded: 0 };
  let statements = 0;
  const sinkFor = (name: string) => {
    if (!/\.xml$/i.test(name) || name.startsWith("__MACOSX/") || name.endsWith("/")) return null;
    statements += 1;
    const part = `${file}/${name}`;
    return withXmlErrors(part, camtSink(part, "statementBytes", out));
  };
  try {
    streamEntries(bytes, sinkFor, budget);
  } catch (error) {
    if (error instanceof UnreadableZip) throw badBankFile(file, null, null, `not a readable zip: ${error.message}`);
    throw asBankError(file, error);
  }
  if (statements === 0) throw badBankFile(file, null, null, "the zip holds no .xml statement");
  return out;
}
