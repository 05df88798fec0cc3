// camt.053 (ISO 20022 bank-to-customer statement), versions .001.02 to .001.08 as German banks
// send them (DFÜ-Abkommen Anlage 3). Read as a stream: per Stmt its account, per Ntry its
// booking, per TxDtls one transaction. .02 and .08 differ where it matters here only in
// `Sts` (text vs Sts/Cd) and `Dbtr/Nm` vs `Dbtr/Pty/Nm`; both shapes are read.
import type { XlsxLimit } from "../import/limits";
import type { EntrySink } from "../import/zip";
import { type CamtEntry, type CamtTx, creditsOfEntry } from "./camtEntry";
import { type BankCredit, ibanOrNull, type Skipped } from "./entry";
import { badBankFile } from "./errors";
import { elementSink, XmlProblem } from "./xmlStream";

const CAMT_053 = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d\d)$/;
const OTHER_CAMT = /^urn:iso:std:iso:20022:tech:xsd:(camt\.\d{3})/;

/** What one statement file yields into: credits in file order and counts of what was left out. */
export interface CamtOutput {
  credits: BankCredit[];
  skipped: Skipped;
}

/** A sink reading one camt.053 document named `file` into `out`. */
export function camtSink(file: string, limit: XlsxLimit, out: CamtOutput): EntrySink {
  const path: string[] = [];
  let account: { iban: string | null; other: string | null } = { iban: null, other: null };
  let entry: CamtEntry | null = null;
  let tx: CamtTx | null = null;
  let amountCurrency: string | null = null;
  let sawRoot = false;

  const open = (name: string, uri: string, attributes: Record<string, string>, line: number) => {
    if (!sawRoot) checkRoot(file, name, uri, line);
    sawRoot = true;
    path.push(name);
    const at = path.join("/");
    if (at.endsWith("BkToCstmrStmt/Stmt")) account = { iban: null, other: null };
    else if (name === "Ntry" && path.at(-2) === "Stmt") entry = newEntry(line);
    else if (entry && at.endsWith("Ntry/NtryDtls/TxDtls")) {
      tx = { line, amount: null, txAmount: null, cd: null, ref: null, name: null, iban: null, lines: [] };
      entry.txs.push(tx);
    }
    if (name === "Amt") amountCurrency = attributes.Ccy ?? null;
  };

  const close = (name: string, text: string) => {
    const at = path.join("/");
    path.pop();
    if (at.endsWith("Stmt/Acct/Id/IBAN")) account.iban = text;
    else if (at.endsWith("Stmt/Acct/Id/Othr/Id")) account.other = text;
    else if (entry && tx && at.includes("/Ntry/NtryDtls/TxDtls/")) readTx(tx, after(at, "/TxDtls/"), text);
    else if (entry && at.includes("/Ntry/")) readEntry(entry, after(at, "/Ntry/"), text);
    if (name === "Amt" && entry) stampCurrency(entry, tx, at, amountCurrency);
    if (name === "TxDtls") tx = null;
    if (name === "Ntry" && entry) {
      const own = { account: account.iban ?? account.other, accountIban: ibanOrNull(account.iban) };
      out.credits.push(...creditsOfEntry(file, entry, own, out.skipped));
      entry = null;
    }
  };

  return elementSink(limit, { open, close }, () => {
    if (!sawRoot) throw badBankFile(file, null, null, "the file holds no XML document");
  });
}

/** A sink whose XML problems become refusals naming the file and line. */
export function withXmlErrors(file: string, sink: EntrySink): EntrySink {
  const wrap =
    <A extends unknown[]>(step: (...args: A) => void) =>
    (...args: A) => {
      try {
        step(...args);
      } catch (error) {
        if (error instanceof XmlProblem)
          throw badBankFile(file, error.line, null, `not readable XML: ${error.message}`);
        throw error;
      }
    };
  return { limit: sink.limit, write: wrap(sink.write), end: wrap(sink.end) };
}

function checkRoot(file: string, name: string, uri: string, line: number) {
  const other = OTHER_CAMT.exec(uri);
  if (name === "Document" && CAMT_053.test(uri)) return;
  const what = other ? `a ${other[1]} message` : `<${name}${uri ? ` xmlns="${uri}"` : ""}>`;
  throw badBankFile(file, line, name, `expected a camt.053 statement (Document in ${CAMT_053_HINT}), found ${what}`);
}
const CAMT_053_HINT = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 or .08";

const newEntry = (line: number): CamtEntry => ({
  line,
  amount: null,
  currency: null,
  cd: null,
  status: null,
  reversal: false,
  bookedOn: null,
  valueOn: null,
  ref: null,
  txs: [],
});

/** The part of `at` after the last `marker`: the element's path inside Ntry or TxDtls. */
function after(at: string, marker: string): string {
  return at.slice(at.lastIndexOf(marker) + marker.length);
}

function readEntry(entry: CamtEntry, at: string, text: string) {
  if (at === "Amt") entry.amount = text;
  else if (at === "CdtDbtInd") entry.cd = text;
  else if (at === "RvslInd") entry.reversal = text === "true" || text === "1";
  else if (at === "Sts" && text !== "") entry.status = text;
  else if (at === "Sts/Cd") entry.status = text;
  else if (at === "BookgDt/Dt" || at === "BookgDt/DtTm") entry.bookedOn = text;
  else if (at === "ValDt/Dt" || at === "ValDt/DtTm") entry.valueOn = text;
  else if (at === "AcctSvcrRef") entry.ref = text;
}

function readTx(tx: CamtTx, at: string, text: string) {
  if (at === "Amt") tx.amount = { text, currency: null };
  else if (at === "AmtDtls/TxAmt/Amt") tx.txAmount = { text, currency: null };
  else if (at === "CdtDbtInd") tx.cd = text;
  else if (at === "Refs/AcctSvcrRef") tx.ref = text;
  else if (at === "RltdPties/Dbtr/Nm" || at === "RltdPties/Dbtr/Pty/Nm") tx.name = text;
  else if (at === "RltdPties/DbtrAcct/Id/IBAN") tx.iban = text;
  else if (at === "RmtInf/Ustrd" || at === "RmtInf/Strd/CdtrRefInf/Ref" || at === "RmtInf/Strd/AddtlRmtInf")
    tx.lines.push(text);
}

/** An amount's Ccy attribute, kept with the amount it belongs to. */
function stampCurrency(entry: CamtEntry, tx: CamtTx | null, at: string, currency: string | null) {
  if (tx && at.endsWith("TxDtls/Amt") && tx.amount) tx.amount.currency = currency;
  else if (tx && at.endsWith("TxDtls/AmtDtls/TxAmt/Amt") && tx.txAmount) tx.txAmount.currency = currency;
  else if (at.endsWith("Stmt/Ntry/Amt")) entry.currency = currency;
}
