// The routes. Who is signed in decides where one may go: staff screens sit in RequireAuth
// and the Shell, the sponsor portal in RequireSponsor and its own shell (RequireAuth sends a
// sponsor there, RequireSponsor sends staff back to /), the public page needs no session.
// Only the first screens (sign-in, the dashboard) are in the first bundle; every other screen,
// the pledge list too, loads lazily, so a sponsor's phone fetches only the portal. The
// new-pledge form is one of them: it brings the date field and, once opened, its calendar.
// The routes are matched by BrowserRouter (React Router's declarative mode): the app has no
// loaders or actions, and the data router's own code would add about 16 kB gzip to the first
// bundle for nothing. Its default error screen is replaced by ScreenErrorBoundary.
import { lazy, Suspense, type ComponentType } from "react";
import { BrowserRouter, useRoutes, type RouteObject } from "react-router";
import { CampaignDashboard } from "./app/CampaignDashboard";
import { PublicShell } from "./app/PublicShell";
import { RequireAdmin, RequireAuth } from "./app/RequireAuth";
import { RequireSponsor } from "./app/RequireSponsor";
import { NotFound, RootRedirect } from "./app/RootRedirect";
import { ScreenErrorBoundary } from "./app/ScreenErrorBoundary";
import { Shell } from "./app/Shell";
import { SponsorShell } from "./app/SponsorShell";
import { Loading } from "./components/States";
import { ToastProvider } from "./components/Toast";
import { LoginPage } from "./features/auth/components/LoginPage";

/** A screen from its module's named export, loaded on first visit. */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(() => load().then((module) => ({ default: pick(module) })));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

const portal = lazyPage(
  () => import("./features/portal/components/PortalPage"),
  (m) => m.PortalPage,
);
const publicPage = lazyPage(
  () => import("./features/public-page/components/PublicPage"),
  (m) => m.PublicPage,
);
const sponsors = lazyPage(
  () => import("./features/sponsors/components/SponsorsPage"),
  (m) => m.SponsorsPage,
);
const users = lazyPage(
  () => import("./features/users/components/UsersPage"),
  (m) => m.UsersPage,
);
const account = lazyPage(
  () => import("./features/account/components/AccountPage"),
  (m) => m.AccountPage,
);
const importPage = lazyPage(
  () => import("./features/import/components/ImportPage"),
  (m) => m.ImportPage,
);
const report = lazyPage(
  () => import("./features/committee/components/report/ReportPage"),
  (m) => m.ReportPage,
);
const newPledge = lazyPage(
  () => import("./features/pledge-form/components/NewPledgePage"),
  (m) => m.NewPledgePage,
);
const pledges = lazyPage(
  () => import("./features/pledges/components/PledgesPage"),
  (m) => m.PledgesPage,
);
const calls = lazyPage(
  () => import("./features/follow-up/components/CallListPage"),
  (m) => m.CallListPage,
);
const newCampaign = lazyPage(
  () => import("./features/campaign-setup/components/NewCampaignPage"),
  (m) => m.NewCampaignPage,
);
const campaignSettings = lazyPage(
  () => import("./features/campaign-setup/components/CampaignSettingsPage"),
  (m) => m.CampaignSettingsPage,
);
const mail = lazyPage(
  () => import("./features/mail/components/MailPage"),
  (m) => m.MailPage,
);
const payments = lazyPage(
  () => import("./features/payments/components/PaymentsPage"),
  (m) => m.PaymentsPage,
);
const portfolio = lazyPage(
  () => import("./features/portfolio/components/PortfolioPage"),
  (m) => m.PortfolioPage,
);
const pledgeDetail = lazyPage(
  () => import("./features/pledges/components/detail/PledgeDetailPage"),
  (m) => m.PledgeDetailPage,
);

const routes: RouteObject[] = [
  { path: "/login", element: <LoginPage /> },
  { element: <PublicShell />, children: [{ path: "/p/:campaignId", element: publicPage }] },
  {
    element: <RequireSponsor />,
    children: [{ element: <SponsorShell />, children: [{ path: "/portal", element: portal }] }],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: <RootRedirect /> },
          { path: "c/:campaignId", element: <CampaignDashboard /> },
          { path: "c/:campaignId/pledges", element: pledges },
          { path: "c/:campaignId/pledges/new", element: newPledge },
          { path: "c/:campaignId/pledges/:pledgeId", element: pledgeDetail },
          { path: "c/:campaignId/sponsors", element: sponsors },
          { path: "c/:campaignId/import", element: importPage },
          { path: "c/:campaignId/calls", element: calls },
          { path: "c/:campaignId/mail", element: mail },
          { path: "c/:campaignId/payments", element: payments },
          { path: "c/:campaignId/report", element: report },
          { path: "account", element: account },
          { path: "portfolio", element: portfolio },
          {
            element: <RequireAdmin />,
            children: [
              { path: "admin/users", element: users },
              { path: "campaigns/new", element: newCampaign },
              { path: "c/:campaignId/settings", element: campaignSettings },
            ],
          },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
];

function Screens() {
  return <ScreenErrorBoundary>{useRoutes(routes)}</ScreenErrorBoundary>;
}

export function App() {
  return (
    <BrowserRouter>
      {/* Inside the router: a confirmation may link to what was saved. */}
      <ToastProvider>
        <Screens />
      </ToastProvider>
    </BrowserRouter>
  );
}
