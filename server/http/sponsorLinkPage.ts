// The page a refused sponsor link shows (GET /s/<token>): in the app's look, in German, or in
// English when the browser prefers it, with the other language folded below (no script, no
// second request: a second request would count as one more failed opening). A known link
// that expired or was revoked names its campaign and sends the reader to its organisers; an
// unknown token names nothing, so guessing tokens tells nobody which campaigns exist.

export type RefusedReason = "unknown" | "expired" | "revoked" | "throttled";
type Lang = "de" | "en";

interface Words {
  title: string;
  what: string;
  ask: string;
  other: string;
}

/** What each refusal says; `campaign` is the known link's campaign name, already escaped. */
function wordsFor(reason: RefusedReason, lang: Lang, campaign: string | null): Words {
  const de = lang === "de";
  const other = de ? "English version" : "Deutsche Fassung";
  if (reason === "throttled") {
    return de
      ? {
          title: "Zu viele Versuche",
          what: "Von dieser Adresse kamen zu viele ungültige Links.",
          ask: "Bitte versuchen Sie es in 15 Minuten erneut.",
          other,
        }
      : {
          title: "Too many attempts",
          what: "Too many invalid links came from this address.",
          ask: "Please try again in 15 minutes.",
          other,
        };
  }
  if (reason === "unknown") {
    return de
      ? {
          title: "Link nicht gültig",
          what: "Dieser Link ist nicht gültig. Vielleicht wurde er beim Kopieren gekürzt.",
          ask: "Bitte prüfen Sie den Link, oder wenden Sie sich für einen neuen Link an die Person, die ihn Ihnen geschickt hat.",
          other,
        }
      : {
          title: "Link not valid",
          what: "This link is not valid. Perhaps it was cut short when it was copied.",
          ask: "Please check the link, or ask whoever sent it to you for a new link.",
          other,
        };
  }
  const whose = campaign === null ? null : de ? `„${campaign}“` : `“${campaign}”`;
  const why = {
    expired: de ? "ist abgelaufen (Links gelten 14 Tage)" : "has expired (links last 14 days)",
    revoked: de ? "wurde durch einen neueren ersetzt oder zurückgezogen" : "was replaced by a newer one or revoked",
  }[reason];
  return de
    ? {
        title: "Link nicht mehr gültig",
        what: whose ? `Dieser Link zur Kampagne ${whose} ${why}.` : `Dieser Link ${why}.`,
        ask: whose
          ? `Bitte wenden Sie sich für einen neuen Link an das Organisationsteam von ${whose}, das Ihnen den Link geschickt hat.`
          : "Bitte wenden Sie sich für einen neuen Link an das Organisationsteam, das Ihnen den Link geschickt hat.",
        other,
      }
    : {
        title: "Link no longer valid",
        what: whose ? `This link to the campaign ${whose} ${why}.` : `This link ${why}.`,
        ask: whose
          ? `Please ask the organisers of ${whose}, who sent you the link, for a new link.`
          : "Please ask the organisers who sent you the link for a new link.",
        other,
      };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * English when the Accept-Language header ranks English above German (by q, then by order);
 * German otherwise, and when the header is missing or names neither.
 */
export function preferredLanguage(acceptLanguage: string | undefined): Lang {
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const [tag, ...params] = part.trim().toLowerCase().split(";");
    const lang = tag.split("-")[0];
    if (lang !== "de" && lang !== "en") continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? "de";
}

const STYLE = `*{box-sizing:border-box}
html{font-family:"Inter","Segoe UI",system-ui,-apple-system,Roboto,"Helvetica Neue",Arial,sans-serif;color:#111827;background:#f4f6f9}
body{margin:0;line-height:1.5}
.header{background:#0f1f3d;color:#f8fafc}
.header__inner{max-width:1200px;margin:0 auto;padding:.75rem 1.5rem;font-weight:700;font-size:1.05rem;letter-spacing:.01em}
.page{max-width:40rem;margin:0 auto;padding:2rem 1.5rem}
.card{background:#fff;border:1px solid #d7dce3;border-radius:10px;box-shadow:0 1px 2px rgb(15 23 42/6%),0 2px 8px rgb(15 23 42/5%);padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .75rem}
p{margin:0 0 .75rem}
details{margin-top:1.5rem;border-top:1px solid #d7dce3;padding-top:1rem;color:#4b5563}
summary{cursor:pointer;color:#1d4ed8}
summary:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
details h2{font-size:1.1rem;margin:.75rem 0 .5rem;color:#111827}`;

/** The whole page; `campaignName` only for a known link (expired or revoked). */
export function refusedPage(reason: RefusedReason, lang: Lang, campaignName: string | null): string {
  const campaign = reason === "expired" || reason === "revoked" ? campaignName : null;
  const safe = campaign === null ? null : escapeHtml(campaign);
  const main = wordsFor(reason, lang, safe);
  const otherLang: Lang = lang === "de" ? "en" : "de";
  const other = wordsFor(reason, otherLang, safe);
  const brand = lang === "de" ? "Kampagnen-Tracker" : "Campaign Tracker";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${main.title} – ${brand}</title><style>${STYLE}</style></head>
<body><header class="header"><div class="header__inner">${brand}</div></header>
<main class="page"><div class="card">
<h1>${main.title}</h1><p>${main.what}</p><p>${main.ask}</p>
<details lang="${otherLang}"><summary>${main.other}</summary>
<h2>${other.title}</h2><p>${other.what}</p><p>${other.ask}</p></details>
</div></main></body></html>`;
}
