import { createHash } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { configuredAdminToken } from "./admin-token";
import { closeSession, openSession, sessionIsOpen } from "./session-store";

export const SESSION_COOKIE = "fazhi_session";
const SESSION_HOURS = 12;

// The signing key is derived from the admin token, so changing the token ends every session.
function signingKey(): Uint8Array | null {
  const token = configuredAdminToken();
  return token ? new Uint8Array(createHash("sha256").update(`session:${token}`).digest()) : null;
}

/** Opens a session (a database row) and returns the cookie value that names it, signed. */
export async function createSessionToken(user = "admin"): Promise<string> {
  const key = signingKey();
  if (!key) throw new Error("ADMIN_TOKEN is not configured");
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const id = await openSession(user, expiresAt);
  return new SignJWT({ sub: user })
    .setProtectedHeader({ alg: "HS256" })
    .setJti(id)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
}

/** The signed claims of a cookie value, or null; a forged or expired cookie costs no database read. */
async function readSessionToken(token: string | undefined): Promise<{ user: string; id: string } | null> {
  const key = signingKey();
  if (!key || !token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return typeof payload.sub === "string" && typeof payload.jti === "string" ? { user: payload.sub, id: payload.jti } : null;
  } catch {
    return null;
  }
}

/** The user name of a session that is still open, or null. */
export async function verifySessionToken(token: string | undefined): Promise<string | null> {
  const claims = await readSessionToken(token);
  return claims && (await sessionIsOpen(claims.id)) ? claims.user : null;
}

/** Logs out: the session ends for every copy of its cookie. */
export async function revokeSessionToken(token: string | undefined): Promise<void> {
  const claims = await readSessionToken(token);
  if (claims) await closeSession(claims.id);
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: SESSION_HOURS * 3600 };
}
