import { createHash } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { configuredAdminToken } from "./admin-token";

export const SESSION_COOKIE = "fazhi_session";
const SESSION_HOURS = 12;

// The signing key is derived from the admin token, so changing the token ends every session.
function signingKey(): Uint8Array | null {
  const token = configuredAdminToken();
  return token ? new Uint8Array(createHash("sha256").update(`session:${token}`).digest()) : null;
}

export async function createSessionToken(user = "admin"): Promise<string> {
  const key = signingKey();
  if (!key) throw new Error("ADMIN_TOKEN is not configured");
  return new SignJWT({ sub: user })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime(`${SESSION_HOURS}h`)
    .sign(key);
}

/** The user name of a valid session, or null. */
export async function verifySessionToken(token: string | undefined): Promise<string | null> {
  const key = signingKey();
  if (!key || !token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: SESSION_HOURS * 3600 };
}
