/** How sponsors are matched by name: case and spacing do not matter ("X  gmbh" = "X GmbH"). */
export function nameKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");
}

const LEGAL_FORMS = /\b(gmbh & co\.? kg|gmbh|ggmbh|ag|kg|ohg|gbr|ug( \(haftungsbeschränkt\))?|e\.? ?v\.?|e\.? ?g\.?|mbh|b\.? ?v\.?|n\.? ?v\.?|bvba|sprl|srl|sa|s\.a\.|vog|asbl|vzw|ltd\.?|inc\.?|sas|sarl)$/;

/**
 * How likely duplicates are found: the name key without its legal form ("X GmbH", "x gmbh"
 * and "X AG" share "x"). Only a hint for merging: import and create match by nameKeyOf.
 */
export function duplicateKeyOf(name: string): string {
  let key = nameKeyOf(name).replace(/[.,]+$/, "");
  for (let previous = ""; previous !== key; ) {
    previous = key;
    key = key.replace(LEGAL_FORMS, "").replace(/[\s,.-]+$/, "");
  }
  return key || nameKeyOf(name);
}

/** VAT ids compared without spaces, dots or case ("DE 123.456.789" = "de123456789"). */
export function vatKeyOf(vatId: string | null): string | null {
  const key = vatId?.replace(/[\s.\-]/g, "").toUpperCase();
  return key ? key : null;
}
