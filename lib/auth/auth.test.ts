import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tokenMatches } from "./admin-token";
import { requireWriter } from "./authorize";
import { SESSION_COOKIE, createSessionToken, sessionCookieOptions, verifySessionToken } from "./session";

describe("admin token and sessions", () => {
  const saved = process.env.ADMIN_TOKEN;
  beforeEach(() => {
    process.env.ADMIN_TOKEN = "correct-horse-battery";
  });
  afterEach(() => {
    process.env.ADMIN_TOKEN = saved;
  });

  it("accepts only the configured token", () => {
    expect(tokenMatches("correct-horse-battery")).toBe(true);
    expect(tokenMatches("correct-horse-batter")).toBe(false);
    expect(tokenMatches("")).toBe(false);
    process.env.ADMIN_TOKEN = "";
    expect(tokenMatches("")).toBe(false);
  });

  it("signs sessions that stop working when the token changes", async () => {
    const session = await createSessionToken();
    expect(await verifySessionToken(session)).toBe("admin");
    expect(await verifySessionToken(session.slice(0, -2) + "xx")).toBeNull();
    process.env.ADMIN_TOKEN = "another-token";
    expect(await verifySessionToken(session)).toBeNull();
  });

  it("lets writers in by bearer token or session cookie, and refuses the rest", async () => {
    const bearer = new Request("http://localhost/api/reports", { method: "POST", headers: { authorization: "Bearer correct-horse-battery" } });
    await expect(requireWriter(bearer)).resolves.toBeTruthy();

    const cookie = `${SESSION_COOKIE}=${await createSessionToken()}`;
    const sameSite = new Request("http://localhost/api/reports", { method: "POST", headers: { cookie, origin: "http://localhost" } });
    await expect(requireWriter(sameSite)).resolves.toBe("admin");

    const crossSite = new Request("http://localhost/api/reports", { method: "POST", headers: { cookie, origin: "https://evil.example" } });
    await expect(requireWriter(crossSite)).rejects.toMatchObject({ status: 403 });

    // the server may see itself as localhost while the browser used 127.0.0.1: the Host header decides
    const viaLoopback = new Request("http://localhost:3000/api/reports", {
      method: "POST",
      headers: { cookie, origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
    });
    await expect(requireWriter(viaLoopback)).resolves.toBe("admin");

    // no Origin header, but the browser says the post came from another site
    const noOrigin = new Request("http://localhost/api/reports", { method: "POST", headers: { cookie, "sec-fetch-site": "cross-site" } });
    await expect(requireWriter(noOrigin)).rejects.toMatchObject({ status: 403 });
    const sameSiteOtherOrigin = new Request("http://localhost/api/reports", { method: "POST", headers: { cookie, "sec-fetch-site": "same-site" } });
    await expect(requireWriter(sameSiteOtherOrigin)).rejects.toMatchObject({ status: 403 });
    const opaque = new Request("http://localhost/api/reports", { method: "POST", headers: { cookie, origin: "null" } });
    await expect(requireWriter(opaque)).rejects.toMatchObject({ status: 403 });

    const wrong = new Request("http://localhost/api/reports", { method: "POST", headers: { authorization: "Bearer nope" } });
    await expect(requireWriter(wrong)).rejects.toMatchObject({ status: 401 });
    await expect(requireWriter(new Request("http://localhost/api/reports", { method: "POST" }))).rejects.toMatchObject({ status: 401 });
  });

  it("the session cookie is httpOnly and SameSite=Lax always, Secure when the request came over https", () => {
    expect(sessionCookieOptions(false)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
    expect(sessionCookieOptions(true)).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });
});
