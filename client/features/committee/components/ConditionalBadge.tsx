import { useT } from "../../../lib/i18n";

/** "bedingt": the pledge lapses if the application is rejected (the title says so). */
export function ConditionalBadge() {
  const t = useT();
  return (
    <span className="badge badge--conditional" title={t("report.conditional.hint")}>
      {t("report.conditional")}
    </span>
  );
}
