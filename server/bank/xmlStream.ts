// A camt statement's XML as a stream of elements, bounded as the xlsx reader bounds its parts
// (server/import/xml.ts): bytes between two tags are counted before saxes sees them, nesting
// is capped, and no entity is expanded. On top of that a DOCTYPE is refused outright: a bank
// statement has none, and an internal subset is where entity tricks live. The text must be
// UTF-8, which ISO 20022 prescribes.
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { XlsxLimit } from "../import/limits";
import { checkRuns, MAX_DEPTH } from "../import/xml";
import type { EntrySink } from "../import/zip";

export interface ElementVisitor {
  /** An element opens; `uri` is its namespace. */
  open(name: string, uri: string, attributes: Record<string, string>, line: number): void;
  /** It closes, with the text directly inside it (trimmed). */
  close(name: string, text: string, line: number): void;
}

/** Why the XML cannot be read, with the line saxes was at. */
export class XmlProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function elementSink(limit: XlsxLimit, visitor: ElementVisitor, onEnd: () => void): EntrySink {
  const parser = new SaxesParser({ xmlns: true });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const texts: string[] = [];
  let run = 0;
  const fail = (message: string): never => {
    throw new XmlProblem(message, parser.line);
  };
  parser.on("error", (error) => fail(error.message.replace(/^\d+:\d+: /, "")));
  parser.on("doctype", () => fail("a DOCTYPE is not allowed in a bank statement"));
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (texts.length >= MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH}`);
    texts.push("");
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.local] = attribute.value;
    visitor.open(tag.local, tag.uri, attributes, parser.line);
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    visitor.close(tag.local, (texts.pop() ?? "").trim(), parser.line);
  });
  const onText = (text: string) => {
    if (texts.length > 0) texts[texts.length - 1] += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      return fail("the file is not UTF-8 text");
    }
  };
  return {
    limit,
    write(chunk) {
      run = checkRuns(chunk, run);
      parser.write(decode(chunk));
    },
    end() {
      parser.write(decode());
      parser.close();
      onEnd();
    },
  };
}

/** Feeds a whole file to a sink in slices, as the zip reader does. */
export function feedAll(sink: EntrySink, bytes: Uint8Array) {
  const SLICE = 64 * 1024;
  for (let at = 0; at < bytes.length; at += SLICE) sink.write(bytes.subarray(at, at + SLICE));
  sink.end();
}
