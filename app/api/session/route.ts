import { NextResponse } from "next/server";
import { tokenMatches } from "@/lib/auth/admin-token";
import { SESSION_COOKIE, createSessionToken, sessionCookieOptions } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { limitLogins } from "@/lib/http/rate-limit";

const isHttps = (request: Request) =>
  new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

/** Log in with the admin token (JSON `{token}` or a form field `token`); sets an httpOnly session cookie. */
export const POST = handleRoute(async (request) => {
  await limitLogins(request);
  const type = request.headers.get("content-type") ?? "";
  const token = type.startsWith("application/json")
    ? String(((await request.json().catch(() => ({}))) as { token?: unknown }).token ?? "")
    : String((await request.formData().catch(() => new FormData())).get("token") ?? "");
  if (!tokenMatches(token)) throw new AppError("unauthorized", "管理令牌不正确。The admin token is not correct.");
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, await createSessionToken(), sessionCookieOptions(isHttps(request)));
  return response;
});

export const DELETE = handleRoute(async (request) => {
  const response = NextResponse.json({ ok: true });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
  return response;
});
