import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The client lives in client/ and builds to dist/, which the server serves.
// `npm run dev` proxies the API to a server started with `npm start` on port 3000.
export default defineConfig({
  root: "client",
  plugins: [react()],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    // Two pages: the app, and the Funding-Barometer other sites frame (small, no router).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("client/index.html", import.meta.url)),
        barometer: fileURLToPath(new URL("client/barometer.html", import.meta.url)),
      },
    },
  },
  server: {
    proxy: { "/trpc": "http://localhost:3000", "/api": "http://localhost:3000", "^/s/": "http://localhost:3000" },
  },
});
