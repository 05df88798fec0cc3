// Choosing the file: a drop zone that is also a file picker (a real <input type="file">, so
// keyboards and screen readers get the browser's own control).
import { useId, useState, type DragEvent } from "react";
import { useT } from "../../../lib/i18n";

export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const t = useT();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file input inside is the keyboard's way
    <div
      className={`dropzone${over ? " dropzone--over" : ""}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="import-dropzone"
    >
      <p className="dropzone__title">{t("import.drop")}</p>
      <input
        id={id}
        className="dropzone__input"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = ""; // the same file may be chosen again after fixing it
        }}
      />
      <label htmlFor={id} className="button button--secondary">
        {t("import.choose")}
      </label>
      <p className="muted small" id={`${id}-hint`}>
        {t("import.drop.hint")}
      </p>
    </div>
  );
}
