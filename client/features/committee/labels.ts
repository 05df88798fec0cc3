// Labels of codes the committee's tables show, through the catalogue (sponsorKind.*, country.*).
import { useCallback } from "react";
import { SPONSOR_KINDS, type SponsorKind } from "../../lib/codes";
import { useT } from "../../lib/i18n";
import { isMembershipCode } from "../../../server/domain/membership";
import type { CountryGroup } from "./selectors";

const isKind = (kind: string): kind is SponsorKind => (SPONSOR_KINDS as readonly string[]).includes(kind);

/** A sponsor kind in words; an unknown code (a newer server) as it is. */
export function useKindLabel() {
  const t = useT();
  return useCallback((kind: string) => (isKind(kind) ? t(`sponsorKind.${kind}`) : kind), [t]);
}

/** A membership type: the known codes (sponsor, user) in words, free text as typed. */
export function useMembershipLabel() {
  const t = useT();
  return useCallback((value: string) => (isMembershipCode(value) ? t(`membershipType.${value}`) : value), [t]);
}

/** DE, BE, NL by name; every other country together as "Sonstige". */
export function useCountryGroupLabel() {
  const t = useT();
  return useCallback(
    (group: CountryGroup) => (group === "other" ? t("report.country.other") : t(`country.${group}`)),
    [t],
  );
}
