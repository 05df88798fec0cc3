// A row's actions behind one button (the WAI-ARIA menu button pattern): the button says it
// opens a menu (aria-haspopup, aria-expanded); Enter, Space or ↓ open it on the first item,
// ↑ on the last; ↑/↓, Home and End move between items; Escape closes it and gives the focus
// back to the button; Tab, a click outside or scrolling close it. The menu is placed with
// fixed coordinates under the button (above it near the window's bottom), so a table that
// scrolls sideways does not clip it.
import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";

export interface MenuAction {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Shown as the item's tooltip, e.g. why it is disabled. */
  title?: string;
  danger?: boolean;
}

interface ActionMenuProps {
  /** The button's visible text, e.g. "Aktionen". */
  label: string;
  /** Its accessible name where the visible text is not enough, e.g. "Aktionen für Eifel Cloud GmbH". */
  accessibleLabel?: string;
  actions: MenuAction[];
  busy?: boolean;
}

const GAP_PX = 4;

const itemsOf = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

export function ActionMenu({ label, accessibleLabel, actions, busy }: ActionMenuProps) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  // Which item gets the focus when the menu opens: the first, or the last (opened with ↑).
  const [open, setOpen] = useState<null | "first" | "last">(null);
  const [style, setStyle] = useState<CSSProperties>({ position: "fixed" });

  const close = (focusButton: boolean) => {
    setOpen(null);
    if (focusButton) buttonRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open || !buttonRef.current || !menuRef.current) return;
    const button = buttonRef.current.getBoundingClientRect();
    const height = menuRef.current.offsetHeight;
    const below = button.bottom + GAP_PX + height <= window.innerHeight;
    setStyle({
      position: "fixed",
      right: Math.max(window.innerWidth - button.right, GAP_PX),
      ...(below ? { top: button.bottom + GAP_PX } : { bottom: window.innerHeight - button.top + GAP_PX }),
    });
    const all = itemsOf(menuRef.current);
    (open === "first" ? all[0] : all[all.length - 1])?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(null);
    };
    const onScroll = () => setOpen(null);
    document.addEventListener("pointerdown", onPointer);
    window.addEventListener("scroll", onScroll, true);
    window.addEventListener("resize", onScroll);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      window.removeEventListener("scroll", onScroll, true);
      window.removeEventListener("resize", onScroll);
    };
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(event.key === "ArrowDown" ? "first" : "last");
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = itemsOf(menuRef.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") close(false);
  };

  return (
    <div className="action-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button--small button--secondary action-menu__button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? id : undefined}
        aria-label={accessibleLabel}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : setOpen("first"))}
        onKeyDown={onButtonKey}
      >
        {label}
        <span className="action-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={id}
          role="menu"
          aria-label={accessibleLabel ?? label}
          className="action-menu__list"
          style={style}
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`action-menu__item${action.danger ? " action-menu__item--danger" : ""}`}
              aria-disabled={action.disabled || undefined}
              title={action.title}
              onClick={() => {
                if (action.disabled) return;
                close(true);
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
