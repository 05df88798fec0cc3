// Sponsors that look like one (same name without legal form, or same VAT id). Organisers
// pick the one to keep per group and merge the others into it, after a question.
import { useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { EmptyState, ErrorState, Loading } from "../../../components/States";
import { useToast } from "../../../components/Toast";
import { useT } from "../../../lib/i18n";
import { useDuplicates, useMergeSponsors, type DuplicateGroup } from "../api/sponsors";
import { problemOf } from "../problem";

interface DuplicatesPanelProps {
  campaignId: number;
  writer: boolean;
  onProblem: (message: string | null) => void;
}

export function DuplicatesPanel({ campaignId, writer, onProblem }: DuplicatesPanelProps) {
  const t = useT();
  const duplicates = useDuplicates(campaignId, true);
  return (
    <section
      className="card"
      aria-labelledby="duplicates-title"
      data-testid="duplicates-panel"
      style={{ marginBottom: "var(--space-4)" }}
    >
      <h2 id="duplicates-title" className="card__title">
        {t("sponsors.duplicates.title")}
      </h2>
      <p className="muted small">{t("sponsors.duplicates.intro")}</p>
      {duplicates.isPending ? (
        <Loading />
      ) : duplicates.isError ? (
        <ErrorState
          error={duplicates.error}
          message={t("sponsors.duplicates.error")}
          onRetry={() => duplicates.refetch()}
        />
      ) : duplicates.data.length === 0 ? (
        <EmptyState title={t("sponsors.duplicates.none")} />
      ) : (
        duplicates.data.map((group) => (
          <DuplicateGroupView
            key={group.sponsors.map((s) => s.id).join("-")}
            group={group}
            writer={writer}
            onProblem={onProblem}
          />
        ))
      )}
    </section>
  );
}

function DuplicateGroupView({
  group,
  writer,
  onProblem,
}: {
  group: DuplicateGroup;
  writer: boolean;
  onProblem: (message: string | null) => void;
}) {
  const t = useT();
  const toast = useToast();
  const merge = useMergeSponsors();
  const [keepId, setKeepId] = useState(group.sponsors[0].id);
  const [asking, setAsking] = useState(false);
  const kept = group.sponsors.find((s) => s.id === keepId) ?? group.sponsors[0];
  const others = group.sponsors.filter((s) => s.id !== kept.id);
  const othersNames = others.map((s) => s.name).join(", ");

  const confirm = () => {
    onProblem(null);
    merge.mutate(
      { intoSponsorId: kept.id, fromSponsorIds: others.map((s) => s.id) },
      {
        onSuccess: () => toast(t("sponsors.merge.done", { others: othersNames, sponsor: kept.name })),
        onError: (error) => onProblem(problemOf(error, t)),
        onSettled: () => setAsking(false),
      },
    );
  };

  return (
    <fieldset className="form__section" data-testid="duplicate-group">
      <legend>{t(`sponsors.duplicates.reason.${group.reason}`)}</legend>
      {group.sponsors.map((s) => (
        // Laid out inline here: the shared stylesheet lays out only checkboxes inline with their label.
        <div key={s.id} style={{ display: "flex", alignItems: "center", gap: "var(--space-2)" }}>
          {writer && (
            <input
              style={{ width: "auto", margin: 0 }}
              id={`keep-${s.id}`}
              type="radio"
              name={`keep-${group.sponsors[0].id}-${group.reason}`}
              checked={s.id === kept.id}
              onChange={() => setKeepId(s.id)}
            />
          )}
          <label htmlFor={writer ? `keep-${s.id}` : undefined}>
            {writer ? t("sponsors.duplicates.keep", { sponsor: s.name }) : s.name}
            <span className="muted small">
              {" "}
              · {t(`sponsorKind.${s.kind}`)} · {s.country}
              {s.vatId ? ` · ${t("sponsors.field.vatId")} ${s.vatId}` : ""}
            </span>
          </label>
        </div>
      ))}
      {writer && (
        <div className="form__actions form__actions--start">
          <button
            type="button"
            className="button button--small button--primary"
            disabled={merge.isPending}
            onClick={() => setAsking(true)}
          >
            {t("sponsors.merge")}
          </button>
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={t("sponsors.merge.title", { sponsor: kept.name })}
          confirmLabel={t("sponsors.merge")}
          danger
          pending={merge.isPending}
          onConfirm={confirm}
          onClose={() => setAsking(false)}
        >
          <p>{t("sponsors.merge.text", { others: othersNames, sponsor: kept.name })}</p>
        </ConfirmDialog>
      )}
    </fieldset>
  );
}
