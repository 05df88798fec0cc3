// A raw HTTP client for the fuzzer: node:http sends paths and bodies as given (fetch would
// normalise the URL), a body with a Content-Length or chunked without one, and every
// request has a deadline, so a hanging server fails the test instead of stalling it.
import { request } from "node:http";

export interface RawRequest {
  method: string;
  /** Sent as is: characters outside 0x21–0xFF must be percent-encoded already. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Without a Content-Length: the body goes out in chunks. */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

export const DEADLINE_MS = 10_000;

export function send(port: number, req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers };
    if (req.body && !req.chunked) headers["content-length"] = String(req.body.length);
    let answered: RawResponse | undefined;
    const outgoing = request(
      { host: "127.0.0.1", port, method: req.method, path: req.path, headers, agent: false },
      (res) => {
        const contentType = String(res.headers["content-type"] ?? "");
        answered = { status: res.statusCode ?? 0, contentType, text: "" };
        // A live summary (SSE) answers and stays open: its headers are the answer.
        if (contentType.startsWith("text/event-stream")) {
          res.destroy();
          return resolve({ status: res.statusCode ?? 0, contentType, text: "" });
        }
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, contentType, text: Buffer.concat(chunks).toString() }),
        );
        res.on("error", fail);
      },
    );
    outgoing.setTimeout(DEADLINE_MS, () =>
      outgoing.destroy(new Error(`no answer within ${DEADLINE_MS} ms: ${req.method} ${req.path.slice(0, 200)}`)),
    );
    // Once answered, a reset while a refused body is still going out, or bytes after the
    // answer (Node's parser reads a body the server never read as a second, bad request),
    // are the connection's end, not a missing answer.
    const fail = (error: Error) => (answered ? resolve(answered) : reject(error));
    outgoing.on("error", fail);
    if (req.body && req.chunked) {
      for (let at = 0; at < req.body.length; at += 64 * 1024) outgoing.write(req.body.subarray(at, at + 64 * 1024));
      outgoing.end();
    } else outgoing.end(req.body);
  });
}
