// How a bank file is refused: whole, with where it is wrong. A statement is money, so a file
// with one unreadable line is not half-imported; the message names the file (and, in a zip,
// the statement inside it), the line and, for XML, the element, as import errors name rows.
import { DomainError, type ErrorReason } from "../domain/errors";
import { ImportLimitError } from "../import/limits";

export interface BankFileProblem {
  /** The uploaded file's name, or `upload.zip/statement.xml` for a part of a zip. */
  file: string;
  /** 1-based line of the file, when known. */
  line: number | null;
  /** The XML element (`Ntry/Amt`) or the MT940 field (`:61:`) or CSV column at fault. */
  element: string | null;
  message: string;
}

function describe({ file, line, element, message }: BankFileProblem): string {
  const where = [file, line === null ? null : `line ${line}`, element].filter(Boolean).join(", ");
  return `${where}: ${message}`;
}

/** A refused bank file; `problem` says where, for a client to show in its language. */
export class BankFileError extends DomainError {
  constructor(
    readonly problem: BankFileProblem,
    reason: ErrorReason = "invalid",
  ) {
    super(reason, describe(problem), { file: [describe(problem)] });
    this.name = "BankFileError";
  }
}

export function badBankFile(file: string, line: number | null, element: string | null, message: string) {
  return new BankFileError({ file, line, element, message });
}

/** A read that went over one of the upload's caps (size, zip expansion): 413, not 400. */
export function overBankLimit(file: string, error: ImportLimitError): BankFileError {
  return new BankFileError({ file, line: null, element: null, message: error.problem.message }, "too_large");
}

/** Limit errors from the shared zip and XML helpers, as refusals of this file. */
export function asBankError(file: string, error: unknown): unknown {
  return error instanceof ImportLimitError ? overBankLimit(file, error) : error;
}
