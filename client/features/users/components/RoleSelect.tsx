// A user's role in one campaign: organiser, committee, funder, or none. Saved on change.
import { useId } from "react";
import { useToast } from "../../../components/Toast";
import type { CampaignListItem } from "../../../lib/campaigns";
import { useT } from "../../../lib/i18n";
import { MEMBERSHIP_ROLES, useSetMembership, type MembershipRole, type UserRow } from "../api/users";

interface RoleSelectProps {
  user: UserRow;
  campaign: CampaignListItem;
  onProblem: (message: string | null) => void;
}

export function RoleSelect({ user, campaign, onProblem }: RoleSelectProps) {
  const t = useT();
  const id = useId();
  const toast = useToast();
  const setMembership = useSetMembership();
  const current: MembershipRole = user.memberships.find((m) => m.campaignId === campaign.id)?.role ?? "none";

  const change = (role: MembershipRole) => {
    onProblem(null);
    setMembership.mutate(
      { userId: user.id, campaignId: campaign.id, role },
      {
        onSuccess: () =>
          toast(t("users.role.saved", { name: user.name, campaign: campaign.name, role: t(`membership.${role}`) })),
        onError: () => onProblem(t("users.role.error", { name: user.name })),
      },
    );
  };

  return (
    <div className="role-select">
      <label htmlFor={id} className="role-select__label">
        {campaign.name}
      </label>
      <select
        id={id}
        className="select--compact"
        value={current}
        disabled={setMembership.isPending}
        onChange={(e) => change(e.target.value as MembershipRole)}
      >
        {MEMBERSHIP_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`membership.${r}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
