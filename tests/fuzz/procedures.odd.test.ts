// Every second procedure from the second on: see procedureFuzz.ts. Two files, so the long run uses two cores.
import { vi } from "vitest";
import { fuzzProcedures } from "./procedureFuzz";

// A valid new password costs a real scrypt hash (0.2 s): thousands of cases would spend minutes
// hashing. Input handling is under test, so hashes here are cheap ones in the same format.
vi.mock("../../server/auth/password", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../server/auth/password")>()),
  ...(await import("./cheapPasswords")).cheapPasswordFunctions,
}));

fuzzProcedures(1, 2);
