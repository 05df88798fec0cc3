// XML parts of an .xlsx, parsed as they stream out of the zip (saxes, a SAX parser: nothing
// is kept but what the handlers keep). saxes gathers a text or a tag whole before it reports
// it, so the bytes between two `<` are counted here first: no cell, string or attribute can
// grow past a bound. saxes expands no DTD entities, so an entity bomb is only an error.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { overLimit, XLSX_LIMITS, type XlsxLimit } from "./limits";
import type { EntrySink } from "./zip";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** Bytes between two tags: a cell of XLSX_LIMITS.cellChars characters, entities and all. */
const MAX_RUN_BYTES = XLSX_LIMITS.cellChars * 8;
/** Real workbooks nest a few levels (worksheet > sheetData > row > c > is > r > t). */
export const MAX_DEPTH = 64;

export class MalformedXml extends Error {}

/** `x:row` and `row` alike: the element's name without its namespace prefix. */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** An entry sink feeding `handlers` with local names; `limit` caps the part's expanded bytes. */
export function xmlSink(limit: XlsxLimit, handlers: XmlHandlers, onEnd: () => void = () => undefined): EntrySink {
  const parser = new SaxesParser();
  const decoder = new TextDecoder("utf-8");
  let depth = 0;
  let run = 0;
  parser.on("error", (error) => {
    throw new MalformedXml(error.message);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new MalformedXml(`elements nested deeper than ${MAX_DEPTH}`);
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    depth -= 1;
    handlers.close(localName(tag.name));
  });
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  return {
    limit,
    write(chunk) {
      run = checkRuns(chunk, run);
      parser.write(decoder.decode(chunk, { stream: true }));
    },
    end() {
      parser.write(decoder.decode());
      parser.close();
      onEnd();
    },
  };
}

/** The length of the run of bytes without `<` at the chunk's end; throws when one is too long. */
export function checkRuns(chunk: Uint8Array, carried: number): number {
  let from = 0;
  let run = carried;
  for (;;) {
    const next = chunk.indexOf(0x3c, from);
    const stretch = (next === -1 ? chunk.length : next) - from;
    if (run + stretch > MAX_RUN_BYTES)
      throw overLimit("cellChars", `a cell or tag of the file has more than ${XLSX_LIMITS.cellChars} characters`);
    if (next === -1) return run + stretch;
    run = 0;
    from = next + 1;
  }
}

/** A whole small part as a tree-less list of its elements (rels, workbook). */
export function elementsSink(
  limit: XlsxLimit,
  into: { name: string; attributes: Record<string, string> }[],
): EntrySink {
  return xmlSink(limit, {
    open: (name, attributes) => into.push({ name, attributes }),
    close: () => undefined,
    text: () => undefined,
  });
}
