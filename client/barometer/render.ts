// The barometer's DOM: built once, then updated in place on every new figure, so the screen
// reader's live region announces changes and the bar's width animates.
import type { BarometerKey } from "./messages.de";
import type { BarometerView } from "./view";

type T = (key: BarometerKey) => string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

export interface BarometerScreen {
  show: (view: BarometerView) => void;
  notPublic: () => void;
  offline: (isOffline: boolean) => void;
}

export function mountBarometer(root: HTMLElement, t: T, publicPageUrl: string): BarometerScreen {
  const label = el("p", "barometer__label", t("title"));
  const badge = el("span", "barometer__badge");
  const name = el("a", "barometer__name");
  name.href = publicPageUrl;
  name.target = "_blank";
  name.rel = "noopener";
  name.title = t("openPage");
  const counted = el("span", "barometer__counted");
  const ofTarget = el("span", "barometer__target");
  const fill = el("div", "barometer__fill");
  const meter = el("div", "barometer__meter");
  meter.setAttribute("role", "meter");
  meter.setAttribute("aria-label", t("meter.label"));
  meter.setAttribute("aria-valuemin", "0");
  meter.setAttribute("aria-valuemax", "100");
  meter.append(fill);
  const percent = el("span", "barometer__percent");
  const sponsors = el("span", "");
  const deadline = el("span", "");
  const asOf = el("p", "barometer__asof");
  const offline = el("p", "barometer__offline", t("offline"));
  offline.hidden = true;

  const head = el("div", "barometer__head");
  head.append(label, badge);
  const figures = el("p", "barometer__figures");
  figures.append(counted, " ", ofTarget);
  const bar = el("div", "barometer__bar");
  bar.append(meter, percent);
  const facts = el("p", "barometer__facts");
  facts.append(sponsors, el("span", "barometer__dot", "·"), deadline);
  const card = el("div", "barometer__card");
  card.append(head, name, figures, bar, facts, asOf, offline);
  root.replaceChildren(el("p", "barometer__message", t("loading")));

  return {
    show(view) {
      if (!card.isConnected) root.replaceChildren(card);
      root.setAttribute("aria-busy", "false");
      name.textContent = view.name;
      counted.textContent = view.counted;
      ofTarget.textContent = view.ofTarget;
      meter.setAttribute("aria-valuenow", String(view.fill));
      meter.setAttribute("aria-valuetext", view.valueText);
      fill.style.width = `${view.fill}%`;
      fill.classList.toggle("barometer__fill--empty", view.fill === 0);
      percent.textContent = view.percentText;
      sponsors.textContent = view.sponsors;
      deadline.textContent = view.deadline;
      badge.textContent = view.eligibleText;
      badge.className = `barometer__badge barometer__badge--${view.eligible ? "yes" : "no"}`;
      card.classList.toggle("barometer__card--reached", view.eligible);
      asOf.textContent = view.asOf;
      offline.hidden = true;
    },
    notPublic() {
      root.setAttribute("aria-busy", "false");
      root.replaceChildren(el("p", "barometer__message", t("notPublic")));
    },
    offline(isOffline) {
      offline.hidden = !isOffline;
    },
  };
}
