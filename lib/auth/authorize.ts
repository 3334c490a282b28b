import { AppError } from "../errors/app-error";
import { isCrossSite } from "../http/cross-site";
import { readCookie } from "../http/read-cookie";
import { identifyToken } from "./identify-token";
import { SESSION_COOKIE, verifySessionToken } from "./session";

/**
 * Who is making a write request: a script or person with `Authorization: Bearer <token>` (the
 * admin token: "admin"; a reviewer's: their name), or a person with a session cookie from the
 * login form. Anything else is refused with 401; wrong tokens are
 * counted like wrong logins (429 past the budget).
 */
export async function requireWriter(request: Request): Promise<string> {
  const auth = request.headers.get("authorization");
  if (auth?.startsWith("Bearer ")) {
    const user = await identifyToken(request, () => auth.slice(7).trim());
    if (user) return user;
    throw new AppError("unauthorized", "令牌无效或已撤销。The token is not valid, or was revoked.");
  }
  const user = await verifySessionToken(readCookie(request.headers.get("cookie"), SESSION_COOKIE));
  if (user) {
    // a cookie is sent by the browser on cross-site posts too: accept it only from our own pages
    // (the cookie is SameSite=Lax too, so a cross-site form post does not carry it: this is the second lock)
    if (isCrossSite(request)) throw new AppError("forbidden", "跨站请求被拒绝。Cross-site request refused.");
    return user;
  }
  throw new AppError("unauthorized", "需要登录或管理令牌。Log in, or send the admin token as a Bearer header.");
}
