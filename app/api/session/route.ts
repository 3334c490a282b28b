import { NextResponse } from "next/server";
import { identifyToken } from "@/lib/auth/identify-token";
import { SESSION_COOKIE, createSessionToken, revokeSessionToken, sessionCookieOptions, verifySessionToken } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { MAX_SMALL_BODY_BYTES, readLimitedFormData, readLimitedJson } from "@/lib/http/read-limited-body";
import { isHttps } from "@/lib/http/content-security-policy";
import { readCookie } from "@/lib/http/read-cookie";

async function submittedToken(request: Request): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("application/json")
    ? String(((await readLimitedJson(request)) as { token?: unknown }).token ?? "")
    : String((await readLimitedFormData(request, MAX_SMALL_BODY_BYTES)).get("token") ?? "");
}

/** Who is logged in: `{user}` (null when nobody). The header's log-out button asks it, so pages stay static. */
export const GET = handleRoute(async (request) => {
  const user = await verifySessionToken(readCookie(request.headers.get("cookie"), SESSION_COOKIE));
  return NextResponse.json({ user }, { headers: { "cache-control": "no-store" } });
});

/** Log in with the admin token or a reviewer's (JSON `{token}` or a form field `token`); sets an httpOnly session cookie in that name. */
export const POST = handleRoute(async (request) => {
  const user = await identifyToken(request, () => submittedToken(request));
  if (!user) throw new AppError("unauthorized", "令牌不正确或已撤销。The token is not correct, or was revoked.");
  const response = NextResponse.json({ ok: true, user });
  response.cookies.set(SESSION_COOKIE, await createSessionToken(user), sessionCookieOptions(isHttps(request)));
  return response;
});

/** Log out: the session ends on the server, so a copy of the cookie stops working too. */
export const DELETE = handleRoute(async (request) => {
  await revokeSessionToken(readCookie(request.headers.get("cookie"), SESSION_COOKIE));
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
  return response;
});
