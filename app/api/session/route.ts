import { NextResponse } from "next/server";
import { checkAdminToken } from "@/lib/auth/check-admin-token";
import { SESSION_COOKIE, createSessionToken, revokeSessionToken, sessionCookieOptions } from "@/lib/auth/session";
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

/** Log in with the admin token (JSON `{token}` or a form field `token`); sets an httpOnly session cookie. */
export const POST = handleRoute(async (request) => {
  if (!(await checkAdminToken(request, () => submittedToken(request)))) {
    throw new AppError("unauthorized", "管理令牌不正确。The admin token is not correct.");
  }
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, await createSessionToken(), sessionCookieOptions(isHttps(request)));
  return response;
});

/** Log out: the session ends on the server, so a copy of the cookie stops working too. */
export const DELETE = handleRoute(async (request) => {
  await revokeSessionToken(readCookie(request.headers.get("cookie"), SESSION_COOKIE));
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
  return response;
});
