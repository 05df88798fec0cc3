// The password rule the server applies (server/auth/password.ts: MIN_PASSWORD_LENGTH). The
// server module hashes with node:crypto, so it cannot be bundled; the number is mirrored here
// and the server stays the judge (its BAD_REQUEST is shown per field).
export const MIN_PASSWORD_LENGTH = 10;
