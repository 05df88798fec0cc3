import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Providers } from "./app/providers";
import "./styles.css";
import "./css/controls.css";
import "./css/portal.css";
// After portal.css: its phone-width rules override the portal's.
import "./css/lists.css";
import "./css/staff.css";
import "./css/dashboard.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
