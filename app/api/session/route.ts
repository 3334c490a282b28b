import { NextResponse } from "next/server";
import { tokenMatches } from "@/lib/auth/admin-token";
import { SESSION_COOKIE, createSessionToken, sessionCookieOptions } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { MAX_SMALL_BODY_BYTES, readLimitedFormData, readLimitedJson } from "@/lib/http/read-limited-body";
import { isHttps } from "@/lib/http/content-security-policy";
import { countFailedLogin, limitLogins } from "@/lib/http/rate-limit";

/** Log in with the admin token (JSON `{token}` or a form field `token`); sets an httpOnly session cookie. */
export const POST = handleRoute(async (request) => {
  await limitLogins(request);
  const type = request.headers.get("content-type") ?? "";
  const token = type.startsWith("application/json")
    ? String(((await readLimitedJson(request)) as { token?: unknown }).token ?? "")
    : String((await readLimitedFormData(request, MAX_SMALL_BODY_BYTES)).get("token") ?? "");
  if (!tokenMatches(token)) {
    await countFailedLogin();
    throw new AppError("unauthorized", "管理令牌不正确。The admin token is not correct.");
  }
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, await createSessionToken(), sessionCookieOptions(isHttps(request)));
  return response;
});

export const DELETE = handleRoute(async (request) => {
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
  return response;
});
