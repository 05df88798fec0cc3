// The Funding-Barometer: a small page other sites frame (GET /barometer/:campaignId) that
// shows a campaign's counted own funds against its target, live. No router, no React.
import { followFigures } from "./live";
import { mountBarometer } from "./render";
import { barometerView, localeOf, translator } from "./view";
import "./barometer.css";

const locale = localeOf(location.search);
const t = translator(locale);
document.documentElement.lang = locale;
document.title = t("title");

const root = document.getElementById("barometer");
if (!root) throw new Error("barometer.html has no #barometer element");
const campaignId = Number(/^\/barometer\/(\d+)/.exec(location.pathname)?.[1]);
const screen = mountBarometer(root, t, `/p/${campaignId}`);

if (!Number.isSafeInteger(campaignId) || campaignId < 1) screen.notPublic();
else {
  followFigures(campaignId, {
    onFigures: (figures) => screen.show(barometerView(figures, locale, new Date())),
    onNotPublic: screen.notPublic,
    onOffline: () => screen.offline(true),
    onOnline: () => screen.offline(false),
  });
}
