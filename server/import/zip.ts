// Reading parts of a zip (an .xlsx) as streams, with every expanded byte counted. fflate's
// streaming Unzip walks the entries in file order; an entry no sink asks for is not
// expanded at all. The input is pushed in small slices, so one slice of a bomb expands to
// at most ~1,000 times its size before the counts below stop it.
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { type ImportLimitError, overLimit, XLSX_LIMITS, type XlsxLimit } from "./limits";

/** Where one entry's bytes go; `limit` names the cap of its expanded size. */
export interface EntrySink {
  limit: XlsxLimit;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** The expanded bytes of one file over all its passes (XLSX_LIMITS.totalBytes). */
export interface ZipBudget {
  expanded: number;
}

const SLICE = 4 * 1024;

export class UnreadableZip extends Error {}

/**
 * Streams the entries `sinkFor` wants into their sinks, in the zip's order. Throws an
 * ImportLimitError when a count goes over its limit, UnreadableZip when the zip is broken,
 * and whatever a sink throws.
 */
export function streamEntries(bytes: Uint8Array, sinkFor: (name: string) => EntrySink | null, budget: ZipBudget) {
  let failure: unknown = null;
  let entries = 0;
  const open = new Set<string>();
  const fail = (file: UnzipFile, error: unknown) => {
    failure ??= error;
    file.terminate();
  };
  const unzip = new Unzip((file) => {
    if (failure) return;
    entries += 1;
    if (entries > XLSX_LIMITS.entries) return fail(file, overLimit("entries", "the zip has too many entries"));
    const sink = sinkFor(file.name);
    const cap = sink ? Math.min(XLSX_LIMITS[sink.limit], XLSX_LIMITS.totalBytes) : XLSX_LIMITS.totalBytes;
    // The header's sizes may lie, so they only ever refuse early; the counts below decide.
    if (sink && (file.originalSize ?? 0) > cap)
      return fail(file, overLimit(sink.limit, `the part ${file.name} expands to ${file.originalSize} bytes`));
    let seen = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(file, new UnreadableZip(error.message));
      seen += chunk.length;
      budget.expanded += chunk.length;
      const over = overCount(file, seen, bytes.length, budget, sink?.limit);
      if (over) return fail(file, over);
      if (!sink) return;
      try {
        sink.write(chunk);
        if (final) {
          open.delete(file.name);
          sink.end();
        }
      } catch (thrown) {
        fail(file, thrown);
      }
    };
    if (!sink) return;
    if (file.compression !== 0 && file.compression !== 8) return fail(file, new UnreadableZip("unknown compression"));
    open.add(file.name);
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) {
      const end = Math.min(at + SLICE, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    failure ??= new UnreadableZip((error as Error).message);
  }
  if (failure) throw failure;
  if (open.size > 0) throw new UnreadableZip(`the zip ends inside ${[...open].join(", ")}`);
}

/** The limit a part's expanded size goes over, if any. */
function overCount(
  file: UnzipFile,
  seen: number,
  fileBytes: number,
  budget: ZipBudget,
  limit: XlsxLimit | undefined,
): ImportLimitError | null {
  if (limit && seen > XLSX_LIMITS[limit])
    return overLimit(limit, `the part ${file.name} expands to more than ${XLSX_LIMITS[limit]} bytes`);
  if (budget.expanded > XLSX_LIMITS.totalBytes)
    return overLimit("totalBytes", `the file expands to more than ${XLSX_LIMITS.totalBytes} bytes`);
  const { ratio, ratioFromBytes } = XLSX_LIMITS;
  const packed = file.size ?? fileBytes;
  if (seen > ratioFromBytes && seen > ratio * Math.max(packed, 1))
    return overLimit("ratio", `the part ${file.name} expands more than ${ratio} times (a zip bomb?)`);
  if (budget.expanded > ratioFromBytes && budget.expanded > ratio * fileBytes)
    return overLimit("ratio", `the file expands more than ${ratio} times its size (a zip bomb?)`);
  return null;
}
