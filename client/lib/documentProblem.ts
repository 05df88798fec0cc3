// Why a receipt or invoice was not issued, in the UI's words. The server refuses with a
// CONFLICT whose message names the reason (server/queries/documentPlan.ts); the known ones
// get their own sentence, anything else the caller's general words (`otherwise`).
import type { Translate } from "./i18n";
import { errorCodeOf } from "./trpc";

const REASONS: [RegExp, Parameters<Translate>[0]][] = [
  [/no issuer/, "documents.problem.noIssuer"],
  [/no postal address/, "documents.problem.noAddress"],
  [/tax number/, "documents.problem.noTaxNumber"],
  [/exemption notice|§ 63 Abs\. 5 AO/, "documents.problem.exemption"],
  [/already on document/, "documents.problem.taken"],
  [/reversed/, "documents.problem.reversed"],
  [/in-kind/, "documents.problem.inKind"],
  [/no longer in force/, "documents.problem.notInForce"],
];

export function documentProblemOf(
  error: unknown,
  t: Translate,
  otherwise: (error: unknown, t: Translate) => string,
): string {
  if (errorCodeOf(error) === "CONFLICT") {
    const message = error instanceof Error ? error.message : "";
    const known = REASONS.find(([pattern]) => pattern.test(message));
    if (known) return t(known[1]);
  }
  return otherwise(error, t);
}
