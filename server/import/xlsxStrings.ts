// The shared strings of an .xlsx (sharedStrings.xml): Excel keeps each text once there and
// cells point to it by number. Their number and their characters are counted as they are
// read, so a file cannot make the reader hold more than XLSX_LIMITS allows.
import { overLimit, XLSX_LIMITS } from "./limits";
import { xmlSink } from "./xml";
import type { EntrySink } from "./zip";

/** Reads sharedStrings.xml into `into`: each <si>'s text runs (<t>), without phonetic runs. */
export function sharedStringsSink(into: string[]): EntrySink {
  let chars = 0;
  let current: string[] | null = null;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  return xmlSink("sharedStringsBytes", {
    open(name) {
      if (name === "si") {
        if (into.length >= XLSX_LIMITS.sharedStrings)
          throw overLimit("sharedStrings", "the file has too many shared strings");
        current = [];
        length = 0;
      } else if (name === "rPh") phonetic += 1;
      else if (name === "t" && current && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "si" && current) {
        into.push(current.join(""));
        current = null;
      }
    },
    text(text) {
      if (!inText || !current) return;
      chars += text.length;
      length += text.length;
      if (length > XLSX_LIMITS.cellChars)
        throw overLimit("cellChars", `a shared string has more than ${XLSX_LIMITS.cellChars} characters`);
      if (chars > XLSX_LIMITS.sharedStringChars)
        throw overLimit("sharedStringChars", "the shared strings have too many characters");
      current.push(text);
    },
  });
}
