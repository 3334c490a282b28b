import { createHash, timingSafeEqual } from "node:crypto";

/** The admin token from the environment; writes (upload, edit, delete) need it. */
export function configuredAdminToken(): string | null {
  const token = process.env.ADMIN_TOKEN?.trim();
  return token ? token : null;
}

/** Constant-time comparison: hashing first makes both sides the same length. */
export function tokenMatches(candidate: string | null | undefined): boolean {
  const expected = configuredAdminToken();
  if (!expected || !candidate) return false;
  const a = createHash("sha256").update(candidate).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
