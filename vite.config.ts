/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The client lives in client/ and builds to dist/, which the server serves.
// `npm run dev` proxies the API to a server started with `npm start` on port 3000.
export default defineConfig({
  root: "client",
  plugins: [react()],
  build: { outDir: "../dist", emptyOutDir: true },
  server: { proxy: { "/trpc": "http://localhost:3000", "/api": "http://localhost:3000", "^/s/": "http://localhost:3000" } },
  test: {
    root: ".",
    include: ["tests/**/*.test.ts"],
    // Browser tests start servers and Chromium: give them room, and do not run them in parallel
    // with each other so the shared machine stays responsive.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
