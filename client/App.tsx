// The routes. Screens behind a session sit in RequireAuth and the Shell.
import { createBrowserRouter, RouterProvider } from "react-router";
import { NotFound, RootRedirect } from "./app/RootRedirect";
import { RequireAuth } from "./app/RequireAuth";
import { Shell } from "./app/Shell";
import { LoginPage } from "./features/auth/components/LoginPage";
import { DashboardPage } from "./features/dashboard/components/DashboardPage";
import { NewPledgePage } from "./features/pledge-form/components/NewPledgePage";
import { PledgesPage } from "./features/pledges/components/PledgesPage";

const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: <RootRedirect /> },
          { path: "c/:campaignId", element: <DashboardPage /> },
          { path: "c/:campaignId/pledges", element: <PledgesPage /> },
          { path: "c/:campaignId/pledges/new", element: <NewPledgePage /> },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
