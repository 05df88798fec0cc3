// The baseline of the write benchmark: node:http with no framework, no session, no input
// checks. `ledger` runs the very same ledger command as pledge.create (the same prepared
// statements, pragmas and transaction, without the group commit); `insert` does one prepared single-row INSERT, the
// floor of a durable write here. Prints "listening <port>" once ready.
import { createServer } from "node:http";
import { openDatabase } from "../db/open";
import type { CreatePledgeInput } from "../server/ledger/ledger";
import { createServices } from "../server/services";

const [mode, file] = process.argv.slice(2);
const db = openDatabase(file);
const { ledger } = createServices(db);
const insert = db.$client.prepare(`insert into audit_log (created_at, action, detail) values (?, 'bench', ?)`);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as CreatePledgeInput;
    let body: string;
    if (mode === "insert")
      body = JSON.stringify({ id: Number(insert.run(Date.now(), input.idempotencyKey ?? null).lastInsertRowid) });
    else body = JSON.stringify(ledger.batch((c) => c.createPledge({ userId: 1, now: new Date() }, input)));
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
