// Invite a user: an admin, or an organiser or committee member of one campaign, with a
// first password the admin passes on (the user changes it on the account page).
import { useState, type FormEvent } from "react";
import { Dialog } from "../../../components/Dialog";
import { Field } from "../../../components/Field";
import { useToast } from "../../../components/Toast";
import type { CampaignListItem } from "../../../lib/campaigns";
import { translateFieldErrors } from "../../../lib/fieldErrors";
import { useT } from "../../../lib/i18n";
import { MIN_PASSWORD_LENGTH } from "../../../lib/password";
import { errorCodeOf, fieldErrorsOf } from "../../../lib/trpc";
import { NEW_USER_ROLES, useCreateUser, type NewUserRole } from "../api/users";

type Errors = Partial<Record<"name" | "email" | "password" | "campaignId" | "form", string>>;

export function InviteUserDialog({ campaigns, onClose }: { campaigns: CampaignListItem[]; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const create = useCreateUser();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<NewUserRole>("organiser");
  const [campaignId, setCampaignId] = useState(campaigns[0] ? String(campaigns[0].id) : "");
  const [errors, setErrors] = useState<Errors>({});
  const needsCampaign = role !== "admin";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!name.trim()) found.name = t("field.name");
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = t("field.email");
    if (password.length < MIN_PASSWORD_LENGTH) found.password = t("field.password", { min: MIN_PASSWORD_LENGTH });
    if (needsCampaign && !campaignId) found.campaignId = t("field.campaignId");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input = {
      name: name.trim(),
      email: email.trim(),
      password,
      role,
      campaignId: needsCampaign ? Number(campaignId) : undefined,
    };
    create.mutate(input, {
      onSuccess: (user) => {
        toast(t("users.invited", { name: user.name }));
        onClose();
      },
      onError: (error) => {
        const code = errorCodeOf(error);
        if (code === "CONFLICT") return setErrors({ email: t("users.emailTaken") });
        if (code === "BAD_REQUEST") {
          const fields = translateFieldErrors(fieldErrorsOf(error), t);
          return setErrors({
            ...fields,
            password: fields.password && t("field.password", { min: MIN_PASSWORD_LENGTH }),
          });
        }
        setErrors({ form: code === "NOT_FOUND" ? t("common.error.notFound") : t("common.error.network") });
      },
    });
  };

  return (
    <Dialog title={t("users.invite.title")} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t("users.field.name")} error={errors.name}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-autofocus
            />
          )}
        </Field>
        <Field label={t("login.email")} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("users.field.password")}
          hint={t("users.field.password.hint", { min: MIN_PASSWORD_LENGTH })}
          error={errors.password}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="new-password"
              spellCheck={false}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("users.field.role")}>
          {(control) => (
            <select {...control} value={role} onChange={(e) => setRole(e.target.value as NewUserRole)}>
              {NEW_USER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {needsCampaign ? (
          <Field label={t("shell.campaign")} error={errors.campaignId}>
            {(control) => (
              <select {...control} value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p className="muted small">{t("users.field.adminHint")}</p>
        )}
        <p className="form__error" role="alert">
          {errors.form}
        </p>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t("form.submitting") : t("users.invite.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
