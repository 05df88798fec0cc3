// Saving the form: the pledge, with its sponsor when that is new (one call, one transaction);
// on success a toast with a link to the new pledge's page, and back to the dashboard, which
// already shows the new figures.
import { useRef } from "react";
import { useNavigate } from "react-router";
import { useToast } from "../../components/Toast";
import { formatEuro } from "../../lib/format";
import { useLocale, useT } from "../../lib/i18n";
import { useCreatePledge } from "./api/form";
import { contributionInput, countryOf, serverErrors, type FormErrors, type FormValues } from "./formModel";

interface SaveCallbacks {
  onErrors: (errors: FormErrors) => void;
}

export function useSavePledge(campaignId: number, { onErrors }: SaveCallbacks) {
  const t = useT();
  const { locale } = useLocale();
  const toast = useToast();
  const navigate = useNavigate();
  const createPledge = useCreatePledge();
  // One key per form: a double submit or a retry after a lost answer creates one pledge.
  const idempotencyKey = useRef(randomKey());

  /** `acceptUnusualDate`: the user confirmed a date more than 90 days after the deadline. */
  const save = async (values: FormValues, amountCents: number, acceptUnusualDate = false) => {
    // A new sponsor goes with the pledge in one call: a refused pledge leaves no sponsor behind.
    const sponsor = values.newSponsor
      ? { newSponsor: { name: values.name.trim(), kind: values.kind, country: countryOf(values) } }
      : { sponsorId: values.sponsor?.id };
    if (!values.newSponsor && sponsor.sponsorId === undefined) return onErrors({ sponsor: t("form.sponsor.required") });
    const raisedByName = values.raisedBy ? undefined : values.raisedByText.trim() || undefined;
    try {
      const pledge = await createPledge.mutateAsync({
        campaignId,
        ...sponsor,
        amountCents,
        type: values.type,
        status: values.status,
        pledgedAt: values.pledgedAt,
        conditional: values.conditional,
        description: values.description.trim() || undefined,
        raisedBySponsorId: values.raisedBy?.id,
        raisedByName,
        note: values.note.trim() || undefined,
        ...contributionInput(values),
        idempotencyKey: idempotencyKey.current,
        acceptUnusualDate: acceptUnusualDate || undefined,
      });
      toast(t("form.saved", { amount: formatEuro(pledge.amountCents, locale) }), "success", {
        to: `/c/${campaignId}/pledges/${pledge.id}`,
        label: t("form.saved.open"),
      });
      navigate(`/c/${campaignId}`);
    } catch (error) {
      onErrors(serverErrors(error, values.newSponsor ? "newSponsor" : "pledge", t));
    }
  };

  return { save, saving: createPledge.isPending };
}

/** 128 random bits as hex; getRandomValues works on plain http too, unlike randomUUID. */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
