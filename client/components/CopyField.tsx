// A read-only text (a link, a token) with a copy button. Without clipboard access (plain
// http, an old browser, a refused permission) the text is selected for Ctrl+C instead.
import { useId, useRef, useState } from "react";
import { useT } from "../lib/i18n";

export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");

  const selectText = () => {
    ref.current?.focus();
    ref.current?.select();
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard in this context");
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      selectText();
      setState("manual");
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field">
        <input
          id={id}
          ref={ref}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--secondary" onClick={copy}>
          {t("copy.button")}
        </button>
      </div>
      <p className={`small ${state === "manual" ? "text-warning" : "text-ok"}`} aria-live="polite">
        {state === "copied" ? t("copy.done") : state === "manual" ? t("copy.manual") : ""}
      </p>
    </div>
  );
}
