/** How sponsors are matched by name: case and spacing do not matter ("X  gmbh" = "X GmbH"). */
export function nameKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");
}

const LEGAL_FORMS =
  /\b(gmbh & co\.? kg|gmbh|ggmbh|ag|kg|ohg|gbr|ug( \(haftungsbeschränkt\))?|e\.? ?v\.?|e\.? ?g\.?|mbh|b\.? ?v\.?|n\.? ?v\.?|bvba|sprl|srl|sa|s\.a\.|vog|asbl|vzw|ltd\.?|inc\.?|sas|sarl)$/;

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
  const key = vatId?.replace(/[\s.-]/g, "").toUpperCase();
  return key ? key : null;
}

export interface DuplicateGroup<S> {
  reason: "name" | "vat_id";
  sponsors: S[];
}

/** Groups of sponsors that look like one: the same name without legal form, or the same VAT id; each group once. */
export function likelyDuplicates<S extends { id: number; name: string; vatId: string | null }>(
  sponsors: readonly S[],
): DuplicateGroup<S>[] {
  const groups = new Map<string, S[]>();
  for (const s of sponsors) {
    const vat = vatKeyOf(s.vatId);
    for (const key of [`name:${duplicateKeyOf(s.name)}`, vat && `vat:${vat}`]) {
      if (key) groups.set(key, [...(groups.get(key) ?? []), s]);
    }
  }
  const seen = new Set<string>();
  return [...groups.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]): DuplicateGroup<S> => ({ reason: key.startsWith("vat:") ? "vat_id" : "name", sponsors: group }))
    .filter((g) => {
      const ids = g.sponsors
        .map((s) => s.id)
        .sort()
        .join(",");
      return !seen.has(ids) && seen.add(ids);
    });
}
